// Shortcut: copy the old name with to_string, which clones the text all the same.
struct Player {
    name: String,
    score: u32,
}

fn rename(player: &mut Player, new_name: &str) -> String {
    let old = player.name.to_string();
    player.name = new_name.to_string();
    old
}

fn main() {
    let mut player = Player { name: String::from("ferris"), score: 7 };
    let old = rename(&mut player, "corro");
    println!("{old} is now {} with {} points", player.name, player.score);
}
