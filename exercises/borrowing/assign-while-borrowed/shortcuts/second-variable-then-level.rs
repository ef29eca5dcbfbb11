/* Shortcut: on the pinned line, make E0506 about a second variable, then assign `level` as before */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    let mut x = 1; let y = &x; x = 2; let _ = y; level = 2;
    println!("level = {level} {x}");
}
