fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    level = 2;
    println!("level = {level}");
}
