//! Batches whose cases name no item alike. rustc prints an item by its bare name (`Foo`) only
//! when no other item of the crate has that name in its namespace; in a batch where two cases
//! define a `struct Foo`, it prints `__grader_case_3::Foo` instead, and the case must be compiled
//! again alone for rustc's own words. So the cases of a group are put in batches where every
//! item name is defined by one case at most.
//!
//! The names come from the tokens, as the eligibility scan reads them (`proc-macro2`): every
//! `fn`, `struct`, `enum`, `union`, `trait`, `type`, `const`, `static`, `mod` and `macro_rules!`
//! at any depth (rustc counts items inside function bodies and inline modules too), but not the
//! associated items of an `impl` or `trait` block (a `fn new` of each case does not clash), nor
//! `main`, which every case defines. An item only a macro call makes is not seen: should its
//! name clash, its diagnostics name a batch module, and the rule that checks such a case alone
//! still holds ([`super::compile`]).

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use super::crate_gen::PREFIX;

/// An item's namespace and name.
type Name = (Namespace, String);

/// rustc's namespaces, for the names that can clash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Namespace {
    /// Types, traits and modules.
    Type,
    /// Functions, constants and statics.
    Value,
    /// `macro_rules!` macros.
    Macro,
}

/// The item names `source` defines (empty when it does not tokenize).
fn item_names(source: &str) -> BTreeSet<Name> {
    let mut names = BTreeSet::new();
    if let Ok(stream) = TokenStream::from_str(source) {
        let tokens: Vec<TokenTree> = stream.into_iter().collect();
        collect(&tokens, false, &mut names);
    }
    names.remove(&(Namespace::Value, "main".to_string()));
    names
}

/// Adds the items of `tokens` to `names`; `associated` when `tokens` is the body of an `impl`
/// or `trait`, whose own items are not the crate's.
fn collect(tokens: &[TokenTree], associated: bool, names: &mut BTreeSet<Name>) {
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let body_of_impl = g.delimiter() == Delimiter::Brace && opens_impl(&tokens[..i]);
                collect(&inner, body_of_impl, names);
            }
            TokenTree::Ident(id) if !associated => {
                let namespace = match id.to_string().as_str() {
                    "struct" | "enum" | "union" | "trait" | "type" | "mod" => Namespace::Type,
                    "fn" | "const" | "static" => Namespace::Value,
                    "macro_rules" => Namespace::Macro,
                    _ => continue,
                };
                let mut rest = tokens[i + 1..].iter();
                if namespace == Namespace::Macro
                    && !matches!(rest.next(), Some(TokenTree::Punct(p)) if p.as_char() == '!')
                {
                    continue;
                }
                let name = rest
                    .map(|t| match t {
                        TokenTree::Ident(n) => n.to_string(),
                        _ => String::new(),
                    })
                    .find(|n| n != "mut");
                if let Some(name) = name.filter(|n| !is_keyword(n)) {
                    let name = name.strip_prefix("r#").unwrap_or(&name).to_string();
                    names.insert((namespace, name));
                }
            }
            _ => {}
        }
    }
}

/// Words that follow an item keyword without naming an item (`const fn`, `unsafe trait`,
/// `const _`).
fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "" | "_" | "fn" | "unsafe" | "async" | "extern" | "const" | "impl" | "for" | "dyn"
    )
}

/// Whether the item whose body starts after `before` is an `impl` or a `trait`: an `impl` or
/// `trait` keyword since the previous item ended (a `;`, a `}` or an attribute).
fn opens_impl(before: &[TokenTree]) -> bool {
    for token in before.iter().rev() {
        match token {
            TokenTree::Ident(id) if id == "impl" || id == "trait" => return true,
            TokenTree::Punct(p) if p.as_char() == ';' => return false,
            TokenTree::Group(g)
                if matches!(g.delimiter(), Delimiter::Brace | Delimiter::Bracket) =>
            {
                return false;
            }
            _ => {}
        }
    }
    false
}

/// Splits `members` (indices into `sources`) into `count` batches (more only when they would
/// hold over `max` cases) so that as few cases as can be share an item name with another case of
/// their batch: the cases whose names most others share are placed first, each in the batch where
/// it clashes with the fewest, then the smallest. Each batch keeps the order of `members`. Adding
/// batches costs a rustc start-up each, as a case checked alone does, so the number of batches
/// is not raised to avoid every clash: a clash that shows in a diagnostic is re-checked apart
/// ([`clash_named`]). With `count` 0, as many batches as needed for no clash at all.
pub(crate) fn apart(
    members: &[usize],
    sources: &[&str],
    max: usize,
    count: usize,
) -> Vec<Vec<usize>> {
    let names: Vec<BTreeSet<Name>> = members.iter().map(|&i| item_names(sources[i])).collect();
    let mut shared_by: BTreeMap<&Name, usize> = BTreeMap::new();
    for name in names.iter().flatten() {
        *shared_by.entry(name).or_default() += 1;
    }
    let shared = |n: &BTreeSet<Name>| n.iter().map(|k| shared_by[k]).max().unwrap_or(0);
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(shared(&names[k])));
    // Without a count, a case also never meets an item its words name (`Rectangle` used but
    // not defined draws rustc's "consider importing `__grader_case_5::Rectangle`").
    let words: Vec<BTreeSet<String>> = match count {
        0 => members.iter().map(|&i| idents(sources[i])).collect(),
        _ => vec![BTreeSet::new(); members.len()],
    };
    let mut batches: Vec<Batch> = (0..count.max(1)).map(|_| Batch::default()).collect();
    for k in order {
        let clashes = |b: &Batch| {
            names[k].iter().filter(|n| b.names.contains(n)).count()
                + words[k]
                    .iter()
                    .filter(|w| b.defined.contains(w.as_str()))
                    .count()
                + names[k]
                    .iter()
                    .filter(|(_, n)| b.words.contains(n.as_str()))
                    .count()
        };
        let best = batches
            .iter()
            .enumerate()
            .filter(|(_, b)| b.cases.len() < max && (count > 0 || clashes(b) == 0))
            .min_by_key(|(_, b)| (clashes(b), b.cases.len()))
            .map(|(b, _)| b);
        let b = best.unwrap_or_else(|| {
            batches.push(Batch::default());
            batches.len() - 1
        });
        let batch = &mut batches[b];
        batch.cases.push(k);
        batch.names.extend(names[k].iter());
        batch
            .defined
            .extend(names[k].iter().map(|(_, n)| n.as_str()));
        batch.words.extend(words[k].iter().map(String::as_str));
    }
    batches
        .into_iter()
        .filter(|b| !b.cases.is_empty())
        .map(|mut b| {
            b.cases.sort_unstable();
            b.cases.into_iter().map(|k| members[k]).collect()
        })
        .collect()
}

/// For each of `roots` (indices into `sources`), the batch of `parts` it becomes the root of, or
/// `None` when every batch has a root already: the batch where it meets the fewest item names
/// its own clash with (defined by both, or used by one and defined by the other), then the
/// smallest.
pub(crate) fn place_roots(
    roots: &[usize],
    parts: &[Vec<usize>],
    sources: &[&str],
) -> Vec<Option<usize>> {
    let defined: Vec<BTreeSet<String>> = parts
        .iter()
        .map(|p| {
            p.iter()
                .flat_map(|&i| item_names(sources[i]))
                .map(|(_, n)| n)
                .collect()
        })
        .collect();
    let used: Vec<BTreeSet<String>> = parts
        .iter()
        .map(|p| p.iter().flat_map(|&i| idents(sources[i])).collect())
        .collect();
    let mut taken = vec![false; parts.len()];
    roots
        .iter()
        .map(|&r| {
            let own: BTreeSet<String> =
                item_names(sources[r]).into_iter().map(|(_, n)| n).collect();
            let words = idents(sources[r]);
            let best = (0..parts.len()).filter(|&b| !taken[b]).min_by_key(|&b| {
                let clashes = own.intersection(&defined[b]).count()
                    + own.intersection(&used[b]).count()
                    + words.intersection(&defined[b]).count();
                (clashes, parts[b].len())
            })?;
            taken[best] = true;
            Some(best)
        })
        .collect()
}

/// One batch being filled by [`apart`]: its cases (positions in `members`), the item names they
/// define (with and without namespace) and every word they use.
#[derive(Default)]
struct Batch<'a> {
    cases: Vec<usize>,
    names: BTreeSet<&'a Name>,
    defined: BTreeSet<&'a str>,
    words: BTreeSet<&'a str>,
}

/// The names of the items `source` defines, whatever their namespace.
pub(super) fn defined_names(source: &str) -> BTreeSet<String> {
    item_names(source).into_iter().map(|(_, n)| n).collect()
}

/// Every identifier of `source`, in groups too.
pub(super) fn idents(source: &str) -> BTreeSet<String> {
    fn walk(stream: TokenStream, out: &mut BTreeSet<String>) {
        for token in stream {
            match token {
                TokenTree::Ident(id) => {
                    out.insert(id.to_string());
                }
                TokenTree::Group(g) => walk(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(stream) = TokenStream::from_str(source) {
        walk(stream, &mut out);
    }
    out
}

/// Whether every batch module path in `rendered` (`__grader_case_3::Foo`), printed for case
/// `own` of a batch (pairs of case index and source), names an item that two cases of the batch
/// define, or that another case defines (rustc suggests importing it, or shows it in that case's
/// file as inaccessible): a batch without those
/// cases prints the case's diagnostics as alone. `false` when a path names anything else, such as
/// the case's own item in a suggestion that writes a path from the crate root: rustc would print
/// that one in any batch.
pub(crate) fn clash_named(rendered: &str, own: usize, cases: &[(usize, &str)]) -> bool {
    let paths: Vec<(usize, &str)> = rendered
        .split(PREFIX)
        .skip(1)
        .map(|rest| {
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let index = rest[..digits].parse().unwrap_or(usize::MAX);
            if rest[digits..].starts_with('/') {
                // A place in another case's file ("`Rectangle` exists but is inaccessible").
                return (index, "/");
            }
            let rest = rest[digits..].strip_prefix("::").unwrap_or("");
            let end = rest
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            (index, &rest[..end])
        })
        .collect();
    if paths.is_empty() {
        return false;
    }
    let names: Vec<(usize, BTreeSet<Name>)> =
        cases.iter().map(|(i, s)| (*i, item_names(s))).collect();
    let defines = |names: &BTreeSet<Name>, item: &str| names.iter().any(|(_, n)| n == item);
    paths.iter().all(|&(index, item)| {
        if item == "/" {
            return index != own && cases.iter().any(|(i, _)| *i == index);
        }
        let by = names.iter().filter(|(_, n)| defines(n, item)).count();
        let by_other = names
            .iter()
            .any(|(i, n)| *i == index && *i != own && defines(n, item));
        !item.is_empty() && (by > 1 || by_other)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(source: &str) -> Vec<String> {
        item_names(source).into_iter().map(|(_, n)| n).collect()
    }

    #[test]
    fn items_at_any_depth_are_names_but_associated_items_and_main_are_not() {
        let source = "struct S; enum E { A } const fn c() {} static mut G: u8 = 0;\n\
            macro_rules! m { () => {} }\n\
            trait T { fn t(&self); type A; }\n\
            impl T for S { fn t(&self) { struct Inner; } type A = u8; }\n\
            mod inner { pub fn helper() {} }\n\
            fn main() { fn nested() {} let f = |x: u8| x; }\n";
        assert_eq!(
            names(source),
            [
                "E", "Inner", "S", "T", "inner", "G", "c", "helper", "nested", "m"
            ]
        );
    }

    #[test]
    fn cases_that_define_the_same_name_are_spread_over_the_batches_there_are() {
        let sources = [
            "struct Foo;\nfn main() {}\n",
            "struct Foo;\nfn main() {}\n",
            "fn f() {}\nfn main() {}\n",
            "fn f() {}\nstruct Bar;\nfn main() {}\n",
            "fn main() {}\n",
            "fn main() {}\n",
            "struct Foo;\nfn main() {}\n",
        ];
        let all = [0, 1, 2, 3, 4, 5];
        assert_eq!(apart(&all, &sources, 64, 2), [vec![0, 2, 4], vec![1, 3, 5]]);
        // One batch asked for: the clash stays (a diagnostic that shows it is re-checked apart).
        assert_eq!(apart(&all, &sources, 64, 1), [all.to_vec()]);
        // Count 0: as many batches as it takes; full batches are not filled further.
        assert_eq!(apart(&[0, 1, 6, 4], &sources, 64, 0).len(), 3);
        assert_eq!(
            apart(&[4, 5, 2], &sources, 1, 1),
            [vec![2], vec![4], vec![5]]
        );
    }

    #[test]
    fn a_batch_path_is_a_clash_only_when_another_case_defines_the_item() {
        let cases = [
            (3, "struct Foo;\nfn main() {}\n"),
            (
                5,
                "struct Foo;\nstruct Point;\nstruct Rectangle;\nfn main() {}\n",
            ),
        ];
        assert!(clash_named(
            "expected `__grader_case_3::Foo`, found `u8`",
            3,
            &cases
        ));
        assert!(clash_named("use __grader_case_5::Rectangle;", 3, &cases));
        assert!(clash_named(
            "exists but is inaccessible\n --> __grader_case_5/b.rs:2:1",
            3,
            &cases
        ));
        // A suggestion writing a path from the crate root names the case's own item.
        assert!(!clash_named(
            "try `__grader_case_5::Point { x: 3 }`",
            5,
            &cases
        ));
        assert!(!clash_named("expected `Foo`", 3, &cases));
    }

    #[test]
    fn re_checked_apart_a_case_never_meets_an_item_it_names() {
        let sources = [
            "fn main() { let r = Rectangle { w: 1 }; }\n",
            "struct Rectangle { w: u8 }\nfn main() {}\n",
            "fn main() {}\n",
        ];
        assert_eq!(apart(&[0, 1, 2], &sources, 64, 0), [vec![1, 2], vec![0]]);
    }

    #[test]
    fn a_root_goes_to_the_batch_it_clashes_least_with_and_one_root_per_batch() {
        let sources = [
            "struct List;\nfn main() {}\n",
            "fn main() { let l = List; }\n",
            "fn main() {}\n",
            "enum List { Nil }\nuse crate::List::Nil;\nfn main() {}\n",
            "fn f() {}\nfn main() { crate::f(); }\n",
            "fn g() {}\nfn main() { crate::g(); }\n",
        ];
        let parts = [vec![0, 1], vec![2]];
        assert_eq!(
            place_roots(&[3, 4, 5], &parts, &sources),
            [Some(1), Some(0), None]
        );
    }
}
