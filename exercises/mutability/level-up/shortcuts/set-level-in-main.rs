// Shortcut: drop the calls and set the level directly in `main`
struct Player {
    name: String,
    level: u32,
}

fn main() {
    let mut hero = Player { name: String::from("Ferris"), level: 1 };
    hero.level = 3;
    println!("{} reached level {}", hero.name, hero.level);
}
