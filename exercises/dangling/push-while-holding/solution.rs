fn add_name(names: &mut Vec<String>, name: &str) {
    let first = names[0].clone(); // our own copy: no borrow of `names` remains
    names.push(String::from(name));
    println!("first: {first}");
    println!("all: {names:?}");
}

fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    add_name(&mut names, "Barbara");
    let mut crew = vec![String::from("Ferris")];
    add_name(&mut crew, "Corro");
}
