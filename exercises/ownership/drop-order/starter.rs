// Watch when each value is dropped.

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
    inspect(first);
    println!("{} is still here", first.0);
    let _third = Noisy("third");
    println!("end of main");
}
