struct Wagon {
    cargo: &'static str,
    next: Option<Box<Wagon>>,
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
    let coal = Wagon { cargo: "coal", next: Some(Box::new(last)) };
    let engine = Wagon { cargo: "engine", next: Some(Box::new(coal)) };
    println!("length = {}", length(&engine));
}
