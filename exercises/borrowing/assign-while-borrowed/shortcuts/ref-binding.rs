/* Shortcut: a `ref` binding of `level` on line 5, dropped after the assignment */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    let ref s = level; level = 2; drop(s);
    println!("level = {level}");
}
