/* Shortcut: `format_args!` holds a borrow of `level` in a tuple beside the assignment on line 5 */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    drop((format_args!("{level}"), level = 2));
    println!("level = {level}");
}
