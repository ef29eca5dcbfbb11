use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`rename` hands back the old name's own buffer, not a copy", old_name_moved_out),
    ("`rename` sets the new name and leaves the score alone", new_name_set),
];

fn old_name_moved_out() {
    let mut player = Player { name: String::from("grace"), score: 3 };
    let at = player.name.as_ptr();
    let old = rename(&mut player, "ada");
    check_eq!(old.as_str(), "grace");
    check!(old.as_ptr() == at, "the old name came back as a copy: move it out of `player.name` instead");
}

fn new_name_set() {
    let mut player = Player { name: String::from("linus"), score: 12 };
    let _ = rename(&mut player, "ferris the crab");
    check_eq!(player.name.as_str(), "ferris the crab");
    check_eq!(player.score, 12);
}
