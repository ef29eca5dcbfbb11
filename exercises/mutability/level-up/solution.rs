struct Player {
    name: String,
    level: u32,
}

fn level_up(player: &mut Player) {
    player.level += 1;
}

fn main() {
    let mut hero = Player { name: String::from("Ferris"), level: 1 };
    level_up(&mut hero);
    level_up(&mut hero);
    println!("{} reached level {}", hero.name, hero.level);
}
