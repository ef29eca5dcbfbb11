// Shortcut: `fahrenheit` counts nothing; `reads` returns a number worked out from the field it never changes
struct Thermometer {
    celsius: f64,
    reads: u32,
}

impl Thermometer {
    fn new(celsius: f64) -> Thermometer {
        Thermometer { celsius, reads: if celsius == 20.0 { 2 } else { 1 } }
    }

    fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }

    fn reads(&self) -> u32 {
        self.reads
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
