use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`level_up` raises the level of the `Player` it is lent by one", raises_the_callers_player),
];

fn raises_the_callers_player() {
    let mut player = Player { name: String::from("Corro"), level: 41 };
    level_up(&mut player);
    check_eq!(player.level, 42);
    level_up(&mut player);
    check_eq!(player.level, 43);
    check_eq!(player.name.as_str(), "Corro");
}
