fn log_all<T: std::fmt::Debug>(item: T) {
    println!("{item:?}");
}

fn main() {
    let mut list = vec![1];
    let r = &mut list;
    log_all(&*r);
    r.push(2);
    log_all(r);
}
