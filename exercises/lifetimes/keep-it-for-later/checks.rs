use super::*;
use std::cell::Cell;
use std::fmt::Debug;
use std::rc::Rc;

pub const CHECKS: &[(&str, fn())] = &[
    ("the box holds the value itself: it shows the value as it is when printed", shows_the_value_now),
    ("the box owns the value: the value is dropped when the box is", drops_with_the_box),
];

/// A value whose `{:?}` shows a number that can change after it is kept.
struct Gauge(Rc<Cell<i32>>);

impl Debug for Gauge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "gauge at {}", self.0.get())
    }
}

fn shows_the_value_now() {
    let level = Rc::new(Cell::new(1));
    let kept = keep(Gauge(Rc::clone(&level)));
    level.set(7);
    check_eq!(format!("{kept:?}").as_str(), "gauge at 7");
}

/// A value that notes when it is dropped.
#[derive(Debug)]
struct Flag(Rc<Cell<bool>>);

impl Drop for Flag {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

fn drops_with_the_box() {
    let dropped = Rc::new(Cell::new(false));
    let kept = keep(Flag(Rc::clone(&dropped)));
    check!(!dropped.get(), "the value was dropped while its box still exists: the box holds something else");
    drop(kept);
    check!(dropped.get(), "the value was not dropped with its box");
}
