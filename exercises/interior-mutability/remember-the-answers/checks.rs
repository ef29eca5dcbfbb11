use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("the smallest staircases have one way each", smallest),
    ("ways(90) is right, and computed without recomputing", large),
    ("asking again computes nothing new", asking_again),
    ("two Stairs values keep separate memories", separate_memories),
    ("every computed answer is stored in `known`", answers_are_stored),
];

fn smallest() {
    let s = Stairs::new();
    check_eq!(s.ways(0), 1);
    check_eq!(s.ways(1), 1);
    check_eq!(s.ways(2), 2);
}

fn large() {
    let s = Stairs::new();
    check_eq!(s.ways(90), 4660046610375530309);
    check_eq!(s.computed(), 91);
}

fn asking_again() {
    let s = Stairs::new();
    s.ways(30);
    let before = s.computed();
    s.ways(30);
    s.ways(17);
    check!(s.computed() == before, "computed went from {} to {} when asking for known answers", before, s.computed());
}

fn separate_memories() {
    let a = Stairs::new();
    a.ways(20);
    let b = Stairs::new();
    b.ways(5);
    check_eq!(b.computed(), 6);
}

fn answers_are_stored() {
    let s = Stairs::new();
    s.ways(6);
    let known = s.known.borrow();
    check!(known.len() == 7, "after ways(6), `known` holds {} answers, expected the 7 for 0..=6", known.len());
    check_eq!(known.get(&6).copied(), Some(13));
    check_eq!(known.get(&0).copied(), Some(1));
}
