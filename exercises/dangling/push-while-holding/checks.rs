use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`add_name` prints the first name and the whole list of other crews", other_crews),
    ("`add_name` adds the name to the list it is given", adds_the_name),
];

/// A few names, different on every run, so that no answer can know them in advance.
fn some_names(count: usize) -> Vec<String> {
    let mut state = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64);
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    };
    (0..count)
        .map(|_| {
            let first = (b'A' + (next() % 26) as u8) as char;
            let rest: String = (0..2 + next() % 5).map(|_| (b'a' + (next() % 26) as u8) as char).collect();
            format!("{first}{rest}")
        })
        .collect()
}

fn other_crews() {
    for size in [1, 3] {
        let mut names = some_names(size + 1);
        let newcomer = names.pop().unwrap();
        let mut crew = names.clone();
        let mut all = names.clone();
        all.push(newcomer.clone());
        let expected = format!("first: {}\nall: {all:?}\n", names[0]);
        check_eq!(printed(|| add_name(&mut crew, &newcomer)), expected);
    }
}

fn adds_the_name() {
    let mut crew = some_names(2);
    let newcomer = crew.pop().unwrap();
    let before = crew.clone();
    let _ = printed(|| add_name(&mut crew, &newcomer));
    check!(crew.len() == 2 && crew[0] == before[0] && crew[1] == newcomer, "after add_name, the crew is {:?}", crew);
}

