//! The top-level items of a source (`fn main`, `struct Wagon`, `impl Drop for Guard`, ...), each
//! with its tokens and its first line, for the rules that keep parts of a starter as they are.

use super::tokens::{Token, Untokenizable, trees};

/// One top-level item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    /// What it is called in messages and in a spec's `keep`: `fn main`, `struct Wagon`,
    /// `impl Display for Wagon`, `use std::rc::Rc`, `static mut COUNT`.
    pub name: String,
    /// Its tokens, attributes and doc comments included.
    pub tokens: Vec<Token>,
}

impl Item {
    /// The line the item starts on.
    pub(super) fn line(&self) -> usize {
        self.tokens.first().map_or(1, |t| t.line)
    }

    /// The names that, mentioned by code that runs, make this item run too: its own name; for
    /// an `impl`, the names in its header; for an `impl` or a `trait`, its functions' names
    /// (a method call names the method, not the trait).
    pub(super) fn names(&self) -> Vec<String> {
        // `impl<'a> Drop for Label<'a>`: the keyword ends at a space or at its generics.
        let keyword = self.name.split([' ', '<']).next().unwrap_or_default();
        let functions = || {
            self.tokens
                .windows(2)
                .filter(|w| w[0].text == "fn")
                .map(|w| w[1].text.clone())
                .collect::<Vec<_>>()
        };
        match keyword {
            "use" => Vec::new(),
            "impl" => {
                let mut names: Vec<String> = self
                    .tokens
                    .iter()
                    .take_while(|t| t.text != "{")
                    .filter(|t| t.text.starts_with(|c: char| c.is_alphabetic() || c == '_'))
                    .filter(|t| {
                        !matches!(t.text.as_str(), "impl" | "for" | "where" | "dyn" | "unsafe")
                    })
                    .map(|t| t.text.clone())
                    .collect();
                names.extend(functions());
                names
            }
            "trait" => {
                let mut names = vec![self.name.rsplit(' ').next().unwrap_or_default().to_string()];
                names.extend(functions());
                names
            }
            _ => vec![self.name.rsplit(' ').next().unwrap_or_default().to_string()],
        }
    }

    /// Whether a spec's `keep` entry names this item: its full name (`fn main`) or the bare
    /// name after the keyword (`main`).
    pub(super) fn is_named(&self, wanted: &str) -> bool {
        self.name == wanted || self.name.rsplit(' ').next() == Some(wanted)
    }
}

/// Keywords of items that end at their first top-level `;` only.
const ENDS_AT_SEMICOLON: &[&str] = &["static", "const", "type", "use", "let"];

/// Keywords an item's name follows.
const NAMED: &[&str] = &[
    "fn", "struct", "enum", "union", "trait", "mod", "static", "const", "type",
];

/// The top-level items of `source`, in order.
pub(crate) fn items(source: &str) -> Result<Vec<Item>, Untokenizable> {
    let mut items = Vec::new();
    let mut current: Vec<Vec<Token>> = Vec::new();
    for tree in trees(source)? {
        let is_semicolon = tree.len() == 1 && tree[0].text == ";";
        let is_brace = tree.first().is_some_and(|t| t.text == "{");
        current.push(tree);
        let keyword = keyword(&current);
        let ends = is_semicolon
            || (is_brace && !keyword.is_some_and(|k| ENDS_AT_SEMICOLON.contains(&k.as_str())));
        if ends {
            items.push(item(std::mem::take(&mut current)));
        }
    }
    if !current.is_empty() {
        items.push(item(current));
    }
    Ok(items)
}

/// The item keyword among `trees`, skipping attributes, visibility and qualifiers: the first
/// keyword that decides, so that the `fn` of `const F: fn() = ...` is a type, not an item, while
/// `const fn` and `unsafe extern "C" fn` are functions and `extern crate` ends like a `use`.
fn keyword(trees: &[Vec<Token>]) -> Option<String> {
    let words: Vec<&str> = trees
        .iter()
        .filter(|t| t.len() == 1)
        .map(|t| t[0].text.as_str())
        .collect();
    let qualifier = |w: &str| matches!(w, "unsafe" | "async" | "extern") || w.starts_with('"');
    for (i, word) in words.iter().enumerate() {
        let next = words[i + 1..].iter().find(|w| !qualifier(w)).copied();
        match *word {
            "fn" | "struct" | "enum" | "union" | "trait" | "mod" | "static" | "type" | "use"
            | "impl" | "macro_rules" | "let" => return Some(word.to_string()),
            "const" if next == Some("fn") => return Some("fn".into()),
            "const" => return Some("const".into()),
            "extern" if words.get(i + 1) == Some(&"crate") => return Some("use".into()),
            "extern" if next == Some("fn") => return Some("fn".into()),
            _ => {}
        }
    }
    words.contains(&"extern").then(|| "extern".to_string())
}

fn item(trees: Vec<Vec<Token>>) -> Item {
    let keyword = keyword(&trees);
    let singles: Vec<&str> = trees
        .iter()
        .filter(|t| t.len() == 1)
        .map(|t| t[0].text.as_str())
        .collect();
    let name = match keyword.as_deref() {
        Some(k) if NAMED.contains(&k) => {
            let after = singles.iter().skip_while(|w| **w != k).skip(1);
            let mut after = after.skip_while(|w| **w == "mut");
            let prefix = if k == "static" && singles.contains(&"mut") {
                "static mut".to_string()
            } else {
                k.to_string()
            };
            format!("{prefix} {}", after.next().unwrap_or(&"?"))
        }
        Some("macro_rules") => {
            let name = singles
                .iter()
                .skip_while(|w| **w != "!")
                .nth(1)
                .unwrap_or(&"?");
            format!("macro_rules! {name}")
        }
        Some(k @ ("impl" | "use")) => {
            let words: Vec<&str> = trees
                .iter()
                .flatten()
                .map(|t| t.text.as_str())
                .skip_while(|w| *w != k)
                .take_while(|w| *w != "{" && *w != ";")
                .collect();
            join(&words)
        }
        Some(other) => other.to_string(),
        None => "?".to_string(),
    };
    Item {
        name,
        tokens: trees.into_iter().flatten().collect(),
    }
}

/// Every item defined anywhere in `tokens`, inside function bodies and blocks too, as
/// `(name, line)`: `fn helper`, `struct Local`, `static mut X`... (a keyword followed by a name,
/// so that `fn(u8)` types, `*const T` and `&'static str` are not items). Closures are not items.
pub(crate) fn defined_anywhere(tokens: &[Token]) -> Vec<(String, usize)> {
    const KEYWORDS: &[&str] = &[
        "fn", "struct", "enum", "union", "trait", "mod", "static", "const", "type",
    ];
    let is_name = |t: &Token| {
        t.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && t.text != "mut"
    };
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !KEYWORDS.contains(&t.text.as_str()) {
            continue;
        }
        let before = i.checked_sub(1).map(|b| tokens[b].text.as_str());
        if matches!(before, Some("*" | "'" | "&")) {
            continue;
        }
        let mut k = i + 1;
        let mut name = t.text.clone();
        if t.text == "static" && tokens.get(k).is_some_and(|n| n.text == "mut") {
            name = "static mut".into();
            k += 1;
        }
        if let Some(next) = tokens.get(k).filter(|n| is_name(n)) {
            out.push((format!("{name} {}", next.text), t.line));
        }
    }
    out
}

/// Tokens joined as a reader writes them: `impl Display for Wagon`, `use std::rc::Rc`.
fn join(words: &[&str]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        let glued = |s: &str| matches!(s, ":" | "<" | ">" | "," | "!" | "&" | "(" | ")");
        if i > 0 && !glued(w) && !glued(words[i - 1]) {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(source: &str) -> Vec<String> {
        items(source).unwrap().into_iter().map(|i| i.name).collect()
    }

    #[test]
    fn items_are_split_and_named_as_a_reader_names_them() {
        let src = "use std::rc::Rc;\n#[derive(Debug)]\nstruct Wagon { load: u8 }\nstruct Unit;\n\
                   static mut COUNT: u32 = 0;\nconst fn two() -> u8 { 2 }\n\
                   impl std::fmt::Display for Wagon { }\nconst F: fn() = || {};\n\
                   macro_rules! m { () => {} }\n/// doc\npub(crate) fn main() { }\n";
        assert_eq!(
            names(src),
            [
                "use std::rc::Rc",
                "struct Wagon",
                "struct Unit",
                "static mut COUNT",
                "fn two",
                "impl std::fmt::Display for Wagon",
                "const F",
                "macro_rules! m",
                "fn main",
            ]
        );
        let all = items(src).unwrap();
        assert_eq!(all[1].line(), 2, "attributes belong to their item");
        assert!(all[8].is_named("main") && all[8].is_named("fn main"));
    }

    #[test]
    fn a_generic_impl_is_named_by_the_types_in_its_header_and_its_functions() {
        let all = items("impl<'a> Drop for Label<'a> { fn drop(&mut self) {} }\nimpl<T> Id<T> { fn new() {} }\n").unwrap();
        let first = all[0].names();
        assert!(
            first.contains(&"Label".to_string()) && first.contains(&"drop".to_string()),
            "{first:?}"
        );
        let second = all[1].names();
        assert!(
            second.contains(&"Id".to_string()) && second.contains(&"new".to_string()),
            "{second:?}"
        );
    }
}
