// Shortcut: drop the counting and print the expected counts from main.
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
}

fn main() {
    let t = Thermometer::new(20.0);
    let u = Thermometer::new(100.0);
    println!("{}", t.fahrenheit());
    println!("{}", t.fahrenheit());
    println!("{}", u.fahrenheit());
    println!("t read 2 times, u read 1 times");
}
