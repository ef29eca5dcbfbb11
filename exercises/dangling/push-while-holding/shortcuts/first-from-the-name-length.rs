// Shortcut: guess the first name from how many names there are, never reading `names[0]`
fn add_name(names: &mut Vec<String>, name: &str) {
    let first = if names.len() == 2 { "Ada" } else { "Ferris" };
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
