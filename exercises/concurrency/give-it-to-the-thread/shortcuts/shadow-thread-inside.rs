// Shortcut: keep `use std::thread` but shadow it inside `count_letters` with a local type whose `spawn` runs the closure at once.
use std::thread;

fn count_letters(words: Vec<&'static str>) -> usize {
    #[allow(non_camel_case_types)]
    struct thread;
    struct Done(usize);
    impl Done {
        fn join(self) -> Result<usize, ()> {
            Ok(self.0)
        }
    }
    impl thread {
        fn spawn(work: impl FnOnce() -> usize) -> Done {
            Done(work())
        }
    }
    let handle = thread::spawn(move || words.iter().map(|w| w.len()).sum::<usize>());
    handle.join().unwrap()
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
