// Shortcut: make `Noisy` cloneable and silence the clone's drop with a flag.

#[derive(Clone)]
struct Noisy(&'static str, bool);

impl Drop for Noisy {
    fn drop(&mut self) {
        if self.1 {
            println!("drop {}", self.0);
        }
    }
}

fn inspect(n: Noisy) {
    println!("inspect {}", n.0);
}

fn main() {
    let first = Noisy("first", true);
    let _second = Noisy("second", true);
    inspect(Noisy(first.0, false));
    println!("{} is still here", first.0);
    let _third = Noisy("third", true);
    println!("end of main");
}
