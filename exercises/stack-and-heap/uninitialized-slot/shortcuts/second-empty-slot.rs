// Shortcut: keep `label` filled on every path and read another, never-filled variable on line 11.

fn main() {
    let args = std::env::args().count();
    let label: &str; let spare: u8;
    if args > 1 {
        label = "with arguments";
    } else {
        label = "without arguments";
    }
    println!("started {label}"); let _copy = spare;
}
