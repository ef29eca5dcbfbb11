/* Shortcut: keep raw pointers through `addr_of_mut!` and make two `&mut` to another variable on line 5 */ fn main() {
    let mut total = 0;
    unsafe {
        let a = std::ptr::addr_of_mut!(total);
        let b = std::ptr::addr_of_mut!(total); let mut z = 0; let z1 = &mut z; let z2 = &mut z; *z1 += 1; *z2 += 1;
        *a += 1;
        *b += 2;
    }
    println!("total = {total}");
}
