use std::rc::Rc;

fn main() {
    let song = Rc::new(String::from("Bohemian Rhapsody"));

    // Two playlists should share the song with the variable `song`.
    let alice = vec![Rc::clone(&song)];
    let bob = vec![Rc::clone(&song)];

    println!("owners: {}", Rc::strong_count(&song));
    drop(alice);
    println!("after one left: {}", Rc::strong_count(&song));
    drop(bob);
}
