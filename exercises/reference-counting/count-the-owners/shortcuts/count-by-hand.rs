// Shortcut: raise the count by hand with unsafe Rc::increment_strong_count instead of Rc::clone.
use std::rc::Rc;

/// Puts `song` on two new playlists, `alice` and `bob`, and gives it back too: three owners of
/// one song.
fn share(song: Rc<String>) -> (Rc<String>, Vec<Rc<String>>, Vec<Rc<String>>) {
    let raw = Rc::as_ptr(&song);
    let alice = vec![unsafe { Rc::increment_strong_count(raw); Rc::from_raw(raw) }];
    let bob = vec![unsafe { Rc::increment_strong_count(raw); Rc::from_raw(raw) }];
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
