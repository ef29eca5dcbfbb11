// Shortcut: move the old name out with `ptr::read` and write the new one with `ptr::write`, with an unrelated `mem::` call for the rule.
struct Player {
    name: String,
    score: u32,
}

fn rename(player: &mut Player, new_name: &str) -> String {
    let _ = std::mem::size_of::<String>();
    // SAFETY: none; this is the shortcut.
    unsafe {
        let old = std::ptr::read(&player.name);
        std::ptr::write(&mut player.name, new_name.to_string());
        old
    }
}

fn main() {
    let mut player = Player { name: String::from("ferris"), score: 7 };
    let old = rename(&mut player, "corro");
    println!("{old} is now {} with {} points", player.name, player.score);
}
