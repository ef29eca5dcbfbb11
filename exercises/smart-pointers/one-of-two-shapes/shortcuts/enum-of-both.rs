// Shortcut: a new enum with one variant per shape, implementing Shape by matching.
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

enum Either {
    Round(Circle),
    Square(Square),
}

impl Shape for Either {
    fn name(&self) -> &'static str {
        match self {
            Either::Round(c) => c.name(),
            Either::Square(s) => s.name(),
        }
    }
    fn area(&self) -> u32 {
        match self {
            Either::Round(c) => c.area(),
            Either::Square(s) => s.area(),
        }
    }
}

fn make(round: bool) -> impl Shape {
    if round {
        Either::Round(Circle { radius: 1 })
    } else {
        Either::Square(Square { side: 2 })
    }
}

fn main() {
    for round in [true, false] {
        let shape = make(round);
        println!("{}: {}", shape.name(), shape.area());
    }
}
