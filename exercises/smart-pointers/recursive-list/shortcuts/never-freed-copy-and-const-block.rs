// Shortcut: link each wagon by a `&'static` reference to a never-freed copy made with `Box::into_raw`, and write the required type in a `const` block.
struct Wagon {
    cargo: &'static str,
    next: Option<&'static Wagon>,
}

fn length(train: &Wagon) -> usize {
    match &train.next {
        Some(rest) => 1 + length(rest),
        None => 1,
    }
}

/// A new wagon carrying `cargo`, coupled in front of `rest`.
fn couple(cargo: &'static str, rest: Wagon) -> Wagon {
    const {
        let _: Option<Box<Wagon>> = None;
    }
    // SAFETY: none; the wagon is never freed.
    Wagon { cargo, next: Some(unsafe { &*Box::into_raw(Box::new(rest)) }) }
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
