// Shortcut: keep the if/else and put an unrelated function inside `main` that reads an empty slot.

fn main() {
    let args = std::env::args().count();
    let label: &str;
    if args > 1 {
        label = "with arguments";
    } else {
        label = "without arguments";
    }
    fn unrelated() { let empty: u8; let _copy = empty; }
    println!("started {label}");
}
