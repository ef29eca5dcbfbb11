// `label` gets its stack slot at the `let`, and a value later.

fn main() {
    let args = std::env::args().count();
    let label: &str;
    if args > 1 {
        label = "with arguments";
    } else if args > 0 {
        label = "without arguments";
    }
    println!("started {label}"); //~ E0381
}
