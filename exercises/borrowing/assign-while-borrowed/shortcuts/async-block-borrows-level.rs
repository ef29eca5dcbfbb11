/* Shortcut: an `async` block that captures `level` is a second borrow on line 5, dropped after the assignment */ fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    let fut = async { level }; level = 2; drop(fut);
    println!("level = {level}");
}
