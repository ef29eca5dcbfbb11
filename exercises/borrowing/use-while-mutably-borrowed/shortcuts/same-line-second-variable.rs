/* Shortcut: keep the starter and use a second variable while it is mutably borrowed, on the pinned line */ fn main() {
    let mut total = 10;
    let r = &mut total;
    *r += 5; let mut z = 0; let q = &mut z; let _c = z; *q += 1;
    let copy = total;
    println!("{copy}");
}
