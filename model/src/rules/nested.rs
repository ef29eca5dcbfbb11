//! Items defined inside function bodies (a `fn` nested in `main`, a `struct` in a method): where
//! each starts and ends among the tokens of the top-level item that holds it, and the names that
//! make it count. A required run written in a nested item that nothing mentions counts no more
//! than one in a top-level item that nothing reachable from `main` uses.

use super::tokens::Token;

/// One item defined in a function body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Nested {
    /// The names that, mentioned elsewhere, make it count: its own name; for an `impl`, the
    /// names in its header and its functions' names.
    pub names: Vec<String>,
    /// The index of its keyword among the enclosing item's tokens.
    pub start: usize,
    /// The index just past its last token.
    pub end: usize,
}

/// Keywords that start a named item.
const NAMED: &[&str] = &[
    "fn", "struct", "enum", "union", "trait", "const", "static", "type", "mod",
];

fn is_ident(text: &str) -> bool {
    text.starts_with(|c: char| c.is_alphabetic() || c == '_')
}

/// The items defined inside the function bodies of `tokens` (one top-level item's), outermost
/// first; an item nested in a nested item is listed too.
pub(super) fn nested_items(tokens: &[Token]) -> Vec<Nested> {
    let mut out = Vec::new();
    // For each open `{`: whether items in it are nested in a function body (not the members of
    // an `impl`, a `trait` or a `mod`, which count with it).
    let mut braces: Vec<bool> = Vec::new();
    // What the next `{` opens (a function's body, or an `impl`, `trait` or `mod`), and the
    // parentheses and brackets open since its keyword.
    let mut pending: Option<bool> = None;
    let mut open = 0usize;
    for (i, token) in tokens.iter().enumerate() {
        let text = token.text.as_str();
        let in_body = braces.last().copied().unwrap_or(false);
        match text {
            "(" | "[" => open += 1,
            ")" | "]" => open = open.saturating_sub(1),
            ";" if open == 0 => pending = None,
            "{" => {
                braces.push(pending.unwrap_or(in_body));
                pending = None;
                open = 0;
            }
            "}" => {
                braces.pop();
            }
            _ => {}
        }
        let next = tokens.get(i + 1).map(|t| t.text.as_str());
        let starts_item = item_start(tokens, i);
        if text == "fn" && next.is_some_and(is_ident) {
            pending = Some(true);
            open = 0;
        } else if starts_item && matches!(text, "impl" | "trait" | "mod") {
            pending = Some(false);
            open = 0;
        }
        if !in_body || !starts_item {
            continue;
        }
        let names = if NAMED.contains(&text) {
            let name = tokens[i + 1..]
                .iter()
                .map(|t| t.text.as_str())
                .find(|t| *t != "mut")
                .filter(|t| is_ident(t) && *t != "fn");
            match name {
                Some(name) => vec![name.to_string()],
                None => continue,
            }
        } else if text == "impl" {
            impl_names(&tokens[i..])
        } else {
            continue;
        };
        out.push(Nested {
            names,
            start: i,
            end: i + extent(&tokens[i..]),
        });
    }
    out
}

/// The functions of an inherent `impl` (`impl Stack { ... }`, not `impl Drop for Stack`), whose
/// tokens are `tokens`: each counts only when something else mentions it, as a nested item does;
/// a trait's functions are called without being named (`drop`, `next`), so they always count.
pub(super) fn inherent_functions(tokens: &[Token]) -> Vec<Nested> {
    let header: Vec<&str> = tokens
        .iter()
        .take_while(|t| t.text != "{")
        .map(|t| t.text.as_str())
        .collect();
    if !header.contains(&"impl") || header.contains(&"for") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate() {
        match token.text.as_str() {
            "{" => depth += 1,
            "}" => depth = depth.saturating_sub(1),
            "fn" if depth == 1 && item_start(tokens, i) => {
                if let Some(name) = tokens.get(i + 1).filter(|t| is_ident(&t.text)) {
                    out.push(Nested {
                        names: vec![name.text.clone()],
                        start: i,
                        end: i + extent(&tokens[i..]),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether `tokens[i]` can start an item: it follows the start, a `;`, a brace or an attribute,
/// maybe after qualifiers (`pub`, `unsafe`, `async`, `extern "C"`, `const`), and so is no
/// lifetime (`'static`) or type (`fn(u8)`, `impl Trait`) inside an expression or a signature.
fn item_start(tokens: &[Token], i: usize) -> bool {
    let qualifier = |t: &str| {
        matches!(
            t,
            "pub" | "unsafe" | "async" | "extern" | "const" | "default"
        ) || t.starts_with('"')
    };
    let mut k = i;
    while k > 0 && qualifier(&tokens[k - 1].text) {
        k -= 1;
    }
    k == 0 || matches!(tokens[k - 1].text.as_str(), ";" | "{" | "}" | "]")
}

/// The names of a nested `impl` starting at `tokens[0]`: those in its header and its functions'.
fn impl_names(tokens: &[Token]) -> Vec<String> {
    let end = extent(tokens);
    let mut names: Vec<String> = tokens[..end]
        .iter()
        .take_while(|t| t.text != "{")
        .filter(|t| is_ident(&t.text))
        .filter(|t| !matches!(t.text.as_str(), "impl" | "for" | "where" | "dyn" | "unsafe"))
        .map(|t| t.text.clone())
        .collect();
    names.extend(
        tokens[..end]
            .windows(2)
            .filter(|w| w[0].text == "fn")
            .map(|w| w[1].text.clone()),
    );
    names
}

/// How many tokens the item starting at `tokens[0]` takes: up to its first `;` outside
/// brackets, or through the `}` that closes its first `{`.
fn extent(tokens: &[Token]) -> usize {
    let mut open = 0usize;
    let mut braces = 0usize;
    for (i, token) in tokens.iter().enumerate() {
        match token.text.as_str() {
            "(" | "[" => open += 1,
            ")" | "]" => open = open.saturating_sub(1),
            ";" if open == 0 && braces == 0 => return i + 1,
            "{" => braces += 1,
            "}" => {
                braces = braces.saturating_sub(1);
                if braces == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn found(source: &str) -> Vec<(Vec<String>, String)> {
        let all = tokens(source).unwrap();
        nested_items(&all)
            .into_iter()
            .map(|n| {
                let text: Vec<&str> = all[n.start..n.end]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect();
                (n.names, text.join(" "))
            })
            .collect()
    }

    #[test]
    fn items_in_function_bodies_are_found_with_their_extent() {
        let got = found(
            "fn main() { fn spare(a: [u8; 2]) -> u8 { a[0] } struct S<'a> { t: &'a str } let x = 1; }",
        );
        assert_eq!(
            got,
            [
                (
                    vec!["spare".to_string()],
                    "fn spare ( a : [ u8 ; 2 ] ) - > u8 { a [ 0 ] }".to_string()
                ),
                (
                    vec!["S".to_string()],
                    "struct S < ' a > { t : & ' a str }".to_string()
                ),
            ]
        );
        let got =
            found("impl T { fn m(&self) { const N: usize = 3; impl X for Y { fn z() {} } } }");
        assert_eq!(
            got[0],
            (vec!["N".to_string()], "const N : usize = 3 ;".to_string())
        );
        assert_eq!(got[1].0, ["X", "Y", "z"]);
    }

    #[test]
    fn the_functions_of_an_inherent_impl_are_listed_but_not_those_of_a_trait_impl() {
        let all =
            tokens("impl<T> S<T> { pub fn a(&self) { fn b() {} } const C: u8 = 1; fn d() {} }")
                .unwrap();
        let names: Vec<Vec<String>> = inherent_functions(&all)
            .into_iter()
            .map(|n| n.names)
            .collect();
        assert_eq!(names, [vec!["a".to_string()], vec!["d".to_string()]]);
        let all = tokens("impl Drop for S { fn drop(&mut self) {} }").unwrap();
        assert!(inherent_functions(&all).is_empty());
    }

    #[test]
    fn members_of_impls_and_traits_and_types_in_signatures_are_not_nested_items() {
        assert!(found("impl T { fn a() {} const B: u8 = 1; type C = u8; }").is_empty());
        assert!(found("trait T { fn a(); fn b() {} }").is_empty());
        assert!(found("fn f(g: fn(u8) -> u8) { let h: fn() = || {}; const { 1 }; }").is_empty());
    }
}
