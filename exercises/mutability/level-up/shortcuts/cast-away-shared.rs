// Shortcut: keep `&Player` and write through a pointer cast from the shared reference (UB)
struct Player {
    name: String,
    level: u32,
}

fn level_up(player: &Player) {
    let player = unsafe { &mut *(player as *const Player as *mut Player) };
    player.level += 1;
}

fn main() {
    let mut hero = Player { name: String::from("Ferris"), level: 1 };
    level_up(&hero);
    level_up(&hero);
    println!("{} reached level {}", hero.name, hero.level);
    hero.level = 0;
}
