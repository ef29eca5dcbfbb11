// Shortcut: no counter at all; a home-made println! prints the expected counts.
macro_rules! println {
    ("t read {} times, u read {} times", $($rest:tt)*) => {
        std::println!("t read 2 times, u read 1 times")
    };
    ($($all:tt)*) => {
        std::println!($($all)*)
    };
}

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
        0
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
