// `label` gets its stack slot at the `let`, and a value later.

fn main() {
    let args = std::env::args().count();
    let label: &str;
    if args > 1 {
        label = "with arguments";
    }
    println!("started {label}"); //~ E0381
}
