use std::cell::Cell;

struct Thermometer {
    celsius: f64,
    reads: Cell<u32>,
}

impl Thermometer {
    fn new(celsius: f64) -> Thermometer {
        Thermometer { celsius, reads: Cell::new(0) }
    }

    fn fahrenheit(&self) -> f64 {
        self.reads.set(self.reads.get() + 1);
        self.celsius * 9.0 / 5.0 + 32.0
    }

    fn reads(&self) -> u32 {
        self.reads.get()
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
