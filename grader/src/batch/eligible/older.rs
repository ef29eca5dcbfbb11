//! Two things that once kept a case alone and now share a batch when the scan proves them
//! harmless: an edition 2015 case whose paths never start at the crate root, and a crate-level
//! attribute that only sets lint levels for the case's own code.
//!
//! **Edition 2015.** A `use` path starts at the crate root there (`use Shape::Circle` means
//! `crate::Shape::Circle`), and so does a leading `::`; in a batch the root is the batch's, so
//! those cases stay alone. A `use` of `std` (which the batch's root has, as the case's root
//! does) or of `self::` resolves alike in both, and every other path is read from the module
//! in every edition. `pub(in path)` is also crate-relative in 2015, so it keeps a case alone.
//!
//! **Lint levels.** `#![deny(...)]`, `#![warn(...)]`, `#![forbid(...)]` and `#![expect(...)]`
//! on the case's module set the same levels for the case's code as on its crate, except for the
//! lints rustc checks on the crate itself or on what is reachable from outside it
//! ([`CRATE_LINTS`]), which keep the case alone.

use proc_macro2::{Delimiter, Spacing, TokenTree};

use super::Alone;

/// Inner attributes that only set lint levels.
const LINT_LEVELS: &[&str] = &["warn", "deny", "forbid", "expect"];

/// Lints (and groups holding them) that rustc checks on the crate root or on what the crate
/// exports, so their level on a module is not their level on a crate.
const CRATE_LINTS: &[&str] = &[
    "missing_docs",
    "missing_debug_implementations",
    "missing_copy_implementations",
    "unreachable_pub",
    "unnameable_types",
    "unused_crate_dependencies",
    "unused_extern_crates",
    "unstable_features",
    "unused_features",
    "rust_2018_idioms",
    "rustdoc",
];

/// Whether the inner attribute `#![group]` only sets the level of lints a module's level means
/// the same for.
pub(super) fn sets_lint_levels_only(group: &[TokenTree]) -> bool {
    let [TokenTree::Ident(level), TokenTree::Group(lints)] = group else {
        return false;
    };
    if !LINT_LEVELS.contains(&level.to_string().as_str())
        || lints.delimiter() != Delimiter::Parenthesis
    {
        return false;
    }
    lints.stream().into_iter().all(|t| match t {
        TokenTree::Ident(id) => !CRATE_LINTS.contains(&id.to_string().as_str()),
        TokenTree::Group(_) => false,
        _ => true,
    })
}

/// `Ok` when no path of an edition 2015 case starts at the crate root.
pub(super) fn edition_2015_paths(tokens: &[TokenTree]) -> Result<(), Alone> {
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let after_pub =
                    i > 0 && matches!(&tokens[i - 1], TokenTree::Ident(p) if p == "pub");
                if after_pub && matches!(inner.first(), Some(TokenTree::Ident(id)) if id == "in") {
                    return Err(Alone::Edition2015);
                }
                edition_2015_paths(&inner)?;
            }
            TokenTree::Ident(id) if id == "use" => {
                let mut rest = &tokens[i + 1..];
                if let Some(after) = leading_colons(rest) {
                    rest = after;
                }
                if !matches!(rest.first(), Some(TokenTree::Ident(first)) if first == "std" || first == "self")
                {
                    return Err(Alone::Edition2015);
                }
            }
            TokenTree::Punct(_) if leading_colons(&tokens[i..]).is_some() => {
                let before = i.checked_sub(1).map(|b| &tokens[b]);
                let starts_path = !matches!(
                    before,
                    Some(TokenTree::Ident(_) | TokenTree::Group(_))
                ) && !matches!(before, Some(TokenTree::Punct(p)) if p.as_char() == '>' || (p.as_char() == ':' && p.spacing() == Spacing::Joint));
                let to_std =
                    matches!(tokens.get(i + 2), Some(TokenTree::Ident(first)) if first == "std");
                if starts_path && !to_std {
                    return Err(Alone::Edition2015);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The tokens after a `::` that `tokens` starts with.
fn leading_colons(tokens: &[TokenTree]) -> Option<&[TokenTree]> {
    match tokens {
        [TokenTree::Punct(a), TokenTree::Punct(b), rest @ ..]
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':' =>
        {
            Some(rest)
        }
        _ => None,
    }
}
