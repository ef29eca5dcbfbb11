/* Shortcut: `impl Drop for Label` for a Label nested in an inherent impl, whose function makes its own `name` dangle on line 8 */ struct Label<'a> {
    text: &'a str,
}
impl Label<'_> {
    fn _cheat() {
        struct Label; impl Drop for Label { fn drop(&mut self) {} }
        let r; { let name = String::new();
        r = &name; }
        r.len(); } }
fn main() {
    let (label, name);
    name = String::from("fragile");
    label = Label { text: &name };
    println!("label: {}", label.text);
}
