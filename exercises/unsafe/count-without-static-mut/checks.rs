use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`greetings` counts a call of `greet` made in the calling thread", counts_a_call_here),
    ("`greetings` counts calls of `greet` made in other threads", counts_calls_in_other_threads),
];

fn counts_a_call_here() {
    let before = greetings();
    let _ = greet("check");
    check_eq!(greetings(), before + 1);
}

fn counts_calls_in_other_threads() {
    let before = greetings();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| greet("thread"));
        }
    });
    check_eq!(greetings(), before + 4);
}
