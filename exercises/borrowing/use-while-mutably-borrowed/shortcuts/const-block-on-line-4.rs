// Shortcut: keep `main` as it is and use a mutably borrowed value in a const block, on line 4.
const _: () = {
    let mut a = 1; let r = &mut a;
    let b = a;
    *r += b;
};

fn main() {
    let mut total = 10;
    let r = &mut total;
    *r += 5;
    let copy = total;
    println!("{copy}");
}
