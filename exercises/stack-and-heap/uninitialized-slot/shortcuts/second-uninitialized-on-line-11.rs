// Shortcut: keep both branches (written without the last `;`) and read a second, never-set variable on line 11

fn main() {
    let args = std::env::args().count();
    let label: &str;
    if args > 1 {
        label = "with arguments";
    } else {
        label = "without arguments"
    }
    println!("started {label}"); let z: u8; let _ = z;
}
