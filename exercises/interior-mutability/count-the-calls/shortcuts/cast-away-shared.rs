// Shortcut: keep the plain u32 and write through a pointer cast from `&self`.
struct Thermometer {
    celsius: f64,
    reads: u32,
}

impl Thermometer {
    fn new(celsius: f64) -> Thermometer {
        Thermometer { celsius, reads: 0 }
    }

    fn fahrenheit(&self) -> f64 {
        let reads = std::hint::black_box(&self.reads as *const u32 as usize) as *mut u32;
        unsafe { reads.write(reads.read() + 1) };
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
