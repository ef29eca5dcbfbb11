// Shortcut: keep the struct as it is and count in a global table, keyed by the thermometer's address.
use std::collections::HashMap;
use std::sync::Mutex;

static READS: Mutex<Option<HashMap<usize, u32>>> = Mutex::new(None);

struct Thermometer {
    celsius: f64,
}

impl Thermometer {
    fn new(celsius: f64) -> Thermometer {
        Thermometer { celsius }
    }

    fn fahrenheit(&self) -> f64 {
        let mut table = READS.lock().unwrap();
        *table.get_or_insert_with(HashMap::new).entry(self as *const Self as usize).or_insert(0) += 1;
        self.celsius * 9.0 / 5.0 + 32.0
    }

    fn reads(&self) -> u32 {
        let table = READS.lock().unwrap();
        table.as_ref().and_then(|t| t.get(&(self as *const Self as usize)).copied()).unwrap_or(0)
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
