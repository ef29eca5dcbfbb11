// Shortcut: copy the first String's header out with `ptr::read` (and `forget` it) so no borrow is held
fn add_name(names: &mut Vec<String>, name: &str) {
    let first: String = unsafe { std::ptr::read(&names[0]) };
    names.push(String::from(name));
    println!("first: {first}");
    println!("all: {names:?}");
    std::mem::forget(first);
}

fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    add_name(&mut names, "Barbara");
    let mut crew = vec![String::from("Ferris")];
    add_name(&mut crew, "Corro");
}
