/* Shortcut: a closure that captures `level` is a second borrow on line 5, used after the assignment */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    let c = || level; level = 2; c();
    println!("level = {level}");
}
