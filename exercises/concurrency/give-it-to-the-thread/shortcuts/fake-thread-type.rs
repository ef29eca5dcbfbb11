// Shortcut: a type named `thread` whose associated `spawn` runs the closure at once (no `mod` needed).
#[allow(non_camel_case_types)]
struct thread;

struct Done<R>(R);

impl<R> Done<R> {
    fn join(self) -> Result<R, ()> {
        Ok(self.0)
    }
}

impl thread {
    fn spawn<R>(work: impl FnOnce() -> R) -> Done<R> {
        Done(work())
    }
}

fn count_letters(words: Vec<&'static str>) -> usize {
    let handle = thread::spawn(move || words.iter().map(|w| w.len()).sum::<usize>());
    handle.join().unwrap()
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
