// Shortcut: give `label` its value at once and add a helper function that reads an empty slot on line 11.

fn main() {
    let args = std::env::args().count();
    let label = if args > 1 { "with arguments" } else { "without arguments" };
    println!("started {label}");
}

fn unrelated() {
    let empty: u8;
    let _copy = empty;
}
