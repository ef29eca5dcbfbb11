// Shortcut: keep `&Vec<String>` and write through a pointer cast from the shared reference (UB)
fn add_defaults(list: &Vec<String>) {
    let list = unsafe { &mut *(list as *const Vec<String> as *mut Vec<String>) };
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let mut shopping = Vec::new();
    add_defaults(&shopping);
    println!("{} items: {:?}", shopping.len(), shopping);
    shopping.clear();
}
