// A train: each car knows the car coupled behind it, if any.

struct Car {
    name: String,
    next: Option<Car>,
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
        next: Some(Car {
            name: String::from("coach"),
            next: Some(Car {
                name: String::from("caboose"),
                next: None,
            }),
        }),
    };
    println!("{} leads a train of {} cars", train.name, count(&train));
}
