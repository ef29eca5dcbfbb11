// Shortcut: make `level` a `Cell`, so a shared reference can change it
use std::cell::Cell;

struct Player {
    name: String,
    level: Cell<u32>,
}

fn level_up(player: &Player) {
    player.level.set(player.level.get() + 1);
}

fn main() {
    let hero = Player { name: String::from("Ferris"), level: Cell::new(1) };
    level_up(&hero);
    level_up(&hero);
    println!("{} reached level {}", hero.name, hero.level.get());
}
