//! Guessing, from the tokens, which cases will stop rustc's later passes. A case whose error
//! stops them is judged from its batch only when it is the only such case there (see
//! [`super::compile`]); two in one batch are each checked alone. The usual cause in programs
//! written elsewhere is a path to a crate the check does not link (`use rand::Rng;`,
//! `blog::Post::new()`) or to a type the program never defines (`ThreadPool::new(4)`, from a
//! listing that shows a library still to be written): rustc reports E0432 or E0433. Such cases
//! are spread over a group's batches as cases that define the same item name are
//! ([`super::names`]).
//!
//! A guess costs nothing when wrong: it only moves a case to another batch of its group.

use std::collections::BTreeSet;
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The first segments a path may start with and still resolve without another crate.
const ROOTS: &[&str] = &[
    "std",
    "core",
    "alloc",
    "crate",
    "self",
    "super",
    "Self",
    "proc_macro",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "f32",
    "f64",
    "bool",
    "char",
    "str",
];

/// The standard library's prelude, whose names a path may start with unimported.
const PRELUDE: &[&str] = &[
    "String",
    "Vec",
    "Box",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "ToString",
    "ToOwned",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "FromIterator",
    "Default",
    "Clone",
    "Copy",
    "Drop",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "AsRef",
    "AsMut",
    "Fn",
    "FnMut",
    "FnOnce",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
];

/// Whether `source` has a path that will likely not resolve: a `use` or a path expression whose
/// first segment is neither the standard library, a primitive type, the prelude, nor a name
/// the file defines or imports. Generic parameters (`T::default()`) are not told apart from
/// types, so a one-letter name is taken to be one.
pub(crate) fn likely(source: &str) -> bool {
    let Ok(stream) = TokenStream::from_str(source) else {
        return false;
    };
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut known = BTreeSet::new();
    let mut heads = Vec::new();
    walk(&tokens, &mut known, &mut heads);
    heads.iter().any(|h| {
        !known.contains(h)
            && !ROOTS.contains(&h.as_str())
            && !PRELUDE.contains(&h.as_str())
            && h.chars().count() > 1
    })
}

/// Collects the names `tokens` define or import into `known` (every identifier after an item
/// keyword or inside a `use`, and every generic parameter list's names), and the first
/// segments of their paths into `heads`.
fn walk(tokens: &[TokenTree], known: &mut BTreeSet<String>, heads: &mut Vec<String>) {
    let mut in_use = false;
    let mut use_start = true;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                if in_use {
                    // `use a::{b, c::d}`: every name inside is imported.
                    collect_idents(&inner, known);
                } else {
                    walk(&inner, known, heads);
                }
                use_start = false;
            }
            TokenTree::Ident(id) => {
                let word = id.to_string();
                let word = word.strip_prefix("r#").unwrap_or(&word).to_string();
                if word == "use" {
                    in_use = true;
                    use_start = true;
                    continue;
                }
                if in_use {
                    if use_start {
                        heads.push(word);
                        use_start = false;
                    } else {
                        known.insert(word);
                    }
                    continue;
                }
                if matches!(
                    word.as_str(),
                    "struct"
                        | "enum"
                        | "union"
                        | "trait"
                        | "type"
                        | "mod"
                        | "fn"
                        | "const"
                        | "static"
                        | "macro_rules"
                ) {
                    if let Some(TokenTree::Ident(name)) = tokens.get(i + 1) {
                        known.insert(name.to_string());
                    }
                    continue;
                }
                let before_path = matches!(
                    (tokens.get(i + 1), tokens.get(i + 2)),
                    (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                        if a.as_char() == ':' && b.as_char() == ':'
                );
                let after_path =
                    i >= 1 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == ':');
                if before_path && !after_path {
                    heads.push(word);
                }
            }
            TokenTree::Punct(p) if in_use && p.as_char() == ';' => in_use = false,
            TokenTree::Punct(p) if p.as_char() == '<' => {
                // Generic parameters and arguments: names, not paths to resolve.
                if let Some(TokenTree::Ident(name)) = tokens.get(i + 1) {
                    known.insert(name.to_string());
                }
            }
            _ => {}
        }
    }
}

/// Every identifier of `tokens`, in groups too.
fn collect_idents(tokens: &[TokenTree], known: &mut BTreeSet<String>) {
    for token in tokens {
        match token {
            TokenTree::Ident(id) => {
                known.insert(id.to_string());
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                collect_idents(&g.stream().into_iter().collect::<Vec<_>>(), known);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::likely;

    #[test]
    fn paths_to_crates_and_types_the_program_lacks_are_likely_to_stop_rustc() {
        assert!(likely(
            "use blog::Post;\nfn main() { let p = Post::new(); }"
        ));
        assert!(likely("fn main() { let n = rand::random::<u8>(); }"));
        assert!(likely("fn main() { let pool = ThreadPool::new(4); }"));
        assert!(likely("use hello_macro::HelloMacro;\nfn main() {}"));
    }

    #[test]
    fn paths_to_the_standard_library_and_the_program_s_own_items_are_not() {
        assert!(!likely(
            "use std::collections::HashMap;\nuse std::rc::Rc;\nfn main() { let m: HashMap<u8, u8> = HashMap::new(); let r = Rc::new(1); let s = String::from(\"a\"); let n = i32::MAX; }"
        ));
        assert!(!likely(
            "mod shapes { pub struct Square; impl Square { pub fn new() -> Self { Square } } }\nfn main() { let s = shapes::Square::new(); }"
        ));
        assert!(!likely(
            "enum List { Cons(i32, Box<List>), Nil }\nuse crate::List::{Cons, Nil};\nfn main() { let l = List::Nil; }"
        ));
        assert!(!likely(
            "fn make<Item: Default>() -> Item { Item::default() }\nfn zero<T: Default>() -> T { T::default() }\nfn main() {}"
        ));
        assert!(!likely(
            "use std::{fmt, io::{self, Read}};\nfn main() { let e = io::stdin(); let _ = fmt::Error; }"
        ));
    }
}
