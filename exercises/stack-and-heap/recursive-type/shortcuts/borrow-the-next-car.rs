// Shortcut: link the cars with references to locals on the stack instead of putting them on the heap.

struct Car<'a> {
    name: String,
    next: Option<&'a Car<'a>>,
}

fn count(car: &Car) -> usize {
    match &car.next {
        Some(next) => 1 + count(next),
        None => 1,
    }
}

fn main() {
    let caboose = Car {
        name: String::from("caboose"),
        next: None,
    };
    let coach = Car {
        name: String::from("coach"),
        next: Some(&caboose),
    };
    let train = Car {
        name: String::from("engine"),
        next: Some(&coach),
    };
    println!("{} leads a train of {} cars", train.name, count(&train));
}
