fn log_all<T: std::fmt::Debug>(item: T) {
    println!("{item:?}");
}

fn main() {
    let mut list = vec![1];
    let r = &mut list;
    // region: edit
    log_all(&*r);
    // endregion
    r.push(2);
    log_all(r);
}
