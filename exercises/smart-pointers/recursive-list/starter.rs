struct Wagon {
    cargo: &'static str,
    next: Option<Wagon>,
}

fn length(train: &Wagon) -> usize {
    match &train.next {
        Some(rest) => 1 + length(rest),
        None => 1,
    }
}

fn main() {
    let last = Wagon { cargo: "passengers", next: None };
    println!("last wagon carries {}", last.cargo);
    println!("length = {}", length(&last));
}
