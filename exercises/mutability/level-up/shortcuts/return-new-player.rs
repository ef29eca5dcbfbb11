// Shortcut: return a new `Player` one level up and reassign it in `main`
struct Player {
    name: String,
    level: u32,
}

fn level_up(player: &Player) -> Player {
    Player { name: player.name.clone(), level: player.level + 1 }
}

fn main() {
    let mut hero = Player { name: String::from("Ferris"), level: 1 };
    hero = level_up(&hero);
    hero = level_up(&hero);
    println!("{} reached level {}", hero.name, hero.level);
}
