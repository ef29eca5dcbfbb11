// Shortcut: lend the player the given main happens to crown
/// One player: a name and a score.
struct Player {
    name: String,
    score: u32,
}

/// The players of a game, in the order they joined.
struct Board {
    players: Vec<Player>,
}

impl Board {
    /// Adds `points` to the score of the player called `name`, in place; false when no player
    /// has that name.
    fn award(&mut self, name: &str, points: u32) -> bool {
        for player in &mut self.players {
            if player.name == name {
                player.score += points;
                return true;
            }
        }
        false
    }

    /// The player with the highest score (the first of them on a tie), borrowed mutably so that
    /// the caller can change it; `None` on an empty board.
    fn leader_mut(&mut self) -> Option<&mut Player> {
        self.players.iter_mut().find(|p| p.name == "grace")
    }

    /// Halves every score, rounding down, in place.
    fn halve_all(&mut self) {
        for player in &mut self.players {
            player.score /= 2;
        }
    }
}

fn main() {
    let mut board = Board { players: Vec::new() };
    for name in ["ada", "grace", "linus"] {
        board.players.push(Player { name: name.to_string(), score: 0 });
    }
    board.award("grace", 7);
    board.award("ada", 5);
    board.award("grace", 2);
    let missing = board.award("nobody", 1);
    if let Some(leader) = board.leader_mut() {
        leader.name.push_str(" (leader)");
    }
    board.halve_all();
    for p in &board.players {
        println!("{}: {}", p.name, p.score);
    }
    println!("awarded to nobody: {missing}");
}
