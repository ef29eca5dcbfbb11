/* Shortcut: declare `args` and `label` in one `let`, fill `label` on both paths, then read a second, empty `label` */ // `label` gets its stack slot at the `let`, and a value later.

fn main() {
    let (args, label): (usize, &str); args = std::env::args().count();
    {}
    if args > 1 {
        label = "with arguments"
    } else {
        label = "without arguments";
    } let label: &str;
    println!("started {label}");
}
