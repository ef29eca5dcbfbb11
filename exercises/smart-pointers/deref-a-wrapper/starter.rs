struct Username(String);

fn greet(who: &str) {
    println!("hello, {who}");
}

fn main() {
    let user = Username(String::from("Ferris"));
    let inner: &String = &*user;
    greet(inner);
    println!("{} letters", inner.len());
}
