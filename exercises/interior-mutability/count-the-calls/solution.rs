use std::cell::Cell;

struct Thermometer {
    celsius: f64,
    reads: Cell<u32>,
}

impl Thermometer {
    fn fahrenheit(&self) -> f64 {
        self.reads.set(self.reads.get() + 1);
        self.celsius * 9.0 / 5.0 + 32.0
    }
}

fn main() {
    let t = Thermometer { celsius: 20.0, reads: Cell::new(0) };
    println!("{}", t.fahrenheit());
    println!("{}", t.fahrenheit());
    println!("read {} times", t.reads.get());
}
