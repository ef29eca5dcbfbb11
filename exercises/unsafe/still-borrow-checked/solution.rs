fn main() {
    let mut total = 0;
    unsafe {
        let a = &mut total;
        let b = &mut total; //~ E0499
        *a += 1;
        *b += 2;
    }
    println!("total = {total}");
}
