// Shortcut: fill `label` on every path with one `match` expression, and read a second, never-filled `label` on the pinned line

fn main() {
    let label: &str;
    label = match std::env::args().count() {
        0 | 1 => "without arguments",
        _ => "with arguments",
        // no other count
    };
    println!("{label}");
    { let label: &str; println!("started {label}"); }
}
