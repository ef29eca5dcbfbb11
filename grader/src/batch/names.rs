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
    let mut batches: Vec<(Vec<usize>, BTreeSet<&Name>)> =
        (0..count.max(1)).map(|_| Default::default()).collect();
    for k in order {
        let clashes =
            |taken: &BTreeSet<&Name>| names[k].iter().filter(|n| taken.contains(n)).count();
        let best = batches
            .iter()
            .enumerate()
            .filter(|(_, (cases, taken))| cases.len() < max && (count > 0 || clashes(taken) == 0))
            .min_by_key(|(_, (cases, taken))| (clashes(taken), cases.len()))
            .map(|(b, _)| b);
        let b = best.unwrap_or_else(|| {
            batches.push(Default::default());
            batches.len() - 1
        });
        batches[b].0.push(k);
        batches[b].1.extend(names[k].iter());
    }
    batches
        .into_iter()
        .filter(|(cases, _)| !cases.is_empty())
        .map(|(mut cases, _)| {
            cases.sort_unstable();
            cases.into_iter().map(|k| members[k]).collect()
        })
        .collect()
}

/// Whether every batch module path in `rendered` (`__grader_case_3::Foo`) names an item that
/// two cases of the batch (`sources`) define, so that a batch without the clash prints it as
/// alone. `false` when one names anything else: rustc would print that path in any batch.
pub(crate) fn clash_named(rendered: &str, sources: &[&str]) -> bool {
    let paths: Vec<&str> = rendered
        .split(PREFIX)
        .skip(1)
        .map(|rest| {
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            let rest = rest.strip_prefix("::").unwrap_or("");
            let end = rest
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect();
    if paths.is_empty() {
        return false;
    }
    let names: Vec<BTreeSet<Name>> = sources.iter().map(|s| item_names(s)).collect();
    paths.iter().all(|item| {
        let defined = names
            .iter()
            .filter(|n| n.iter().any(|(_, name)| name == item))
            .count();
        !item.is_empty() && defined > 1
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
    fn a_batch_path_is_a_clash_only_when_two_cases_define_the_item() {
        let sources = [
            "struct Foo;\nfn main() {}\n",
            "struct Foo;\nstruct Point;\nfn main() {}\n",
        ];
        assert!(clash_named(
            "expected `__grader_case_3::Foo`, found `u8`",
            &sources
        ));
        // A suggestion writing a path from the crate root names an item no other case defines.
        assert!(!clash_named(
            "try `__grader_case_1::Point { x: 3 }`",
            &sources
        ));
        assert!(!clash_named("expected `Foo`", &sources));
    }
}
