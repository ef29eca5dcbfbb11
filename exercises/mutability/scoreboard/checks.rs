use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`award` changes the player in place and says whether the name was found", award_in_place),
    ("`leader_mut` lends the leader itself, so a change through it stays on the board", leader_is_lent),
    ("on a tie the first player leads; an empty board has no leader", ties_and_empty),
    ("`halve_all` rounds down and keeps the players where they are", halve_in_place),
];

fn board(scores: &[(&str, u32)]) -> Board {
    let mut board = Board { players: Vec::new() };
    for (name, score) in scores {
        board.players.push(Player { name: name.to_string(), score: *score });
    }
    board
}

fn scores(board: &Board) -> Vec<u32> {
    board.players.iter().map(|p| p.score).collect()
}

fn award_in_place() {
    let mut b = board(&[("a", 1), ("b", 2), ("c", 3)]);
    let buffer = b.players.as_ptr();
    let name = b.players[2].name.as_ptr();
    check!(b.award("c", 10), "`award` said false for a player on the board");
    check!(!b.award("d", 10), "`award` said true for a name no player has");
    check_eq!(scores(&b), vec![1, 2, 13]);
    check!(b.players.as_ptr() == buffer, "`award` rebuilt the list of players instead of changing one in place");
    check!(b.players[2].name.as_ptr() == name, "`award` replaced the player's name with a copy");
}

fn leader_is_lent() {
    let mut b = board(&[("a", 4), ("b", 9), ("c", 6)]);
    let leader = b.leader_mut();
    check!(leader.is_some(), "`leader_mut` found no leader on a board of three");
    if let Some(p) = leader {
        check_eq!(p.name.as_str(), "b");
        p.score = 100;
    }
    check_eq!(scores(&b), vec![4, 100, 6]);
}

fn ties_and_empty() {
    let mut b = board(&[("a", 5), ("b", 7), ("c", 7)]);
    check_eq!(b.leader_mut().map(|p| p.name.clone()), Some("b".to_string()));
    let mut empty = board(&[]);
    check!(empty.leader_mut().is_none(), "an empty board has a leader");
}

fn halve_in_place() {
    let mut b = board(&[("a", 7), ("b", 1), ("c", 100)]);
    let buffer = b.players.as_ptr();
    b.halve_all();
    check_eq!(scores(&b), vec![3, 0, 50]);
    check!(b.players.as_ptr() == buffer, "`halve_all` rebuilt the list of players instead of changing them in place");
}
