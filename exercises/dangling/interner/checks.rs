use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("a thousand names keep their ids while more are added", thousand_names),
    ("names that differ only in case get different ids", case_matters),
    ("the empty name is a name like any other", empty_name),
    ("lookup borrows the stored text instead of copying it", lookup_borrows),
];

fn thousand_names() {
    let mut i = Interner::new();
    let ids: Vec<usize> = (0..1000).map(|n| i.intern(&format!("name{n}"))).collect();
    check_eq!(ids, (0..1000).collect::<Vec<usize>>());
    check_eq!(i.intern("name500"), 500);
    check_eq!(i.lookup(999), "name999");
}

fn case_matters() {
    let mut i = Interner::new();
    let a = i.intern("ada");
    let b = i.intern("Ada");
    check!(a != b, "\"ada\" and \"Ada\" both got id {}", a);
}

fn empty_name() {
    let mut i = Interner::new();
    let e = i.intern("");
    i.intern("x");
    check_eq!(i.intern(""), e);
    check_eq!(i.lookup(e), "");
}

fn lookup_borrows() {
    let mut i = Interner::new();
    let id = i.intern("shared");
    let a = i.lookup(id).as_ptr();
    let b = i.lookup(id).as_ptr();
    check!(a == b, "two lookups of one id returned text at two different addresses: a copy each time");
}
