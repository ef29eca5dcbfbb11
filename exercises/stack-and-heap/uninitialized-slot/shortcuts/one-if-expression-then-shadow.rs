// Shortcut: fill `label` on every path with one `if` expression, and read a second, never-filled `label` on the pinned line

fn main() {
    let label: &str;
    label = if std::env::args().count() > 1 {
        "with arguments"
    } else {
        "without arguments"
    };
    println!("{label}");
    { let label: &str; println!("started {label}"); }
}
