// How many machine words does each handle take up on the stack?

fn words<T>() -> usize {
    size_of::<T>() / size_of::<usize>()
}

fn main() {
    println!("Box<u64>: {} word(s)", words::<Box<u64>>());
    println!("&str: {} word(s)", words::<&str>());
    println!("&[u8]: {} word(s)", words::<&[u8]>());
    println!("Vec<u8>: {} word(s)", words::<Vec<u8>>());
}
