use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let items = stock.borrow();
    let total: i32 = items.iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", items);
}
