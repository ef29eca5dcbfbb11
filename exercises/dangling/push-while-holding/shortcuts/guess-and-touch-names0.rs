// Shortcut: touch `names[0]` for the rule, but print a first name guessed from how many names there are
fn add_name(names: &mut Vec<String>, name: &str) {
    let _ = &names[0];
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
