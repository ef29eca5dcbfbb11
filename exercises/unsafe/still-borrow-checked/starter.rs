fn main() {
    let mut total = 0;
    unsafe {
        let a = &raw mut total;
        let b = &raw mut total;
        *a += 1;
        *b += 2;
    }
    println!("total = {total}");
}
