struct Label<'a> {
    text: &'a str,
}

fn main() {
    let (label, name);
    name = String::from("fragile");
    label = Label { text: &name }; //~ E0597
    println!("label: {}", label.text);
}

impl Drop for Label<'_> {
    fn drop(&mut self) {
        println!("dropping the label for {}", self.text);
    }
}
