struct Thermometer {
    celsius: f64,
    reads: u32,
}

impl Thermometer {
    fn fahrenheit(&self) -> f64 {
        self.reads += 1;
        self.celsius * 9.0 / 5.0 + 32.0
    }
}

fn main() {
    let t = Thermometer { celsius: 20.0, reads: 0 };
    println!("{}", t.fahrenheit());
    println!("{}", t.fahrenheit());
    println!("read {} times", t.reads);
}
