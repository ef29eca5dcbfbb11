/* Shortcut: on the pinned line, shadow `level` with a new one and produce E0506 on the shadow */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    { let mut level = 0; let r = &level; level = 3; let _ = (r, level); } level = 2;
    println!("level = {level}");
}
