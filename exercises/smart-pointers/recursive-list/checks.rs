use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`couple` keeps the very train it is given behind the new wagon", keeps_the_rest),
];

/// A cargo name made up on each run, so that no answer can know it in advance.
fn some_cargo() -> &'static str {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.subsec_nanos());
    Box::leak(format!("crate {nanos}").into_boxed_str())
}

fn keeps_the_rest() {
    let tail = some_cargo();
    let train = couple("front", couple("middle", Wagon { cargo: tail, next: None }));
    check_eq!(length(&train), 3);
    let middle = match &train.next {
        Some(rest) => rest,
        None => {
            check!(false, "the front wagon has nothing behind it");
            return;
        }
    };
    check_eq!(middle.cargo, "middle");
    match &middle.next {
        Some(rest) => check_eq!(rest.cargo, tail),
        None => check!(false, "the middle wagon has nothing behind it"),
    }
}
