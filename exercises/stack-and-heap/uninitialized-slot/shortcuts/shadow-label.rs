// Shortcut: assign `label` on both paths, then read a second, empty `label` on the pinned line

fn main() {
    let args = std::env::args().count();
    let label: &str;
    if args > 1 {
        label = "with arguments";
    } else {
        label = "without any arguments";
    }
    { let (label, _x): (&str, u8); println!("{label}"); } println!("started {label}");
}
