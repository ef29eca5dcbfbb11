//! Whether a case can share a crate with others: decided conservatively from its tokens
//! (`proc-macro2` tokenizes the source; no regex reads the text). A case may become a `#[path]`
//! module of a batch crate only when nothing in it can tell the difference: it names no
//! `crate::`/`super::`/`$crate` path, has no crate-level attribute other than lint levels for its
//! own code, no `extern` item and (in edition 2015) no path from the crate root ([`older`]), loads no
//! other file, asks for nothing that reads the module path or the file path, and has exactly one
//! plain top-level `fn main()` that the batch can call.
//!
//! Every way found to reach another case of the batch (its file, its module, its items) is kept
//! alone here, each with a unit test (`eligible/tests.rs`): the macros that read files, paths or
//! the environment, by name — also with a path (`core::module_path!`), raw (`r#include_str!`) or
//! renamed by `use … as`; the attributes that load files (`#[path]`, `#[debugger_visualizer]`);
//! out-of-line modules, also `mod $name;` built by a macro; string literals that spell a batch
//! name, escapes decoded (`"\x5f_grader…"`); and the macros a case defines, which could assemble
//! any of these from pieces the scan sees apart ([`macros`]). `line!()`, `column!()`,
//! `stringify!` and `concat!` give the same result in a batch as alone (each case's file is
//! unchanged line for line), and `concat!` can only build a path for the macros above.

mod macros;
mod older;
#[cfg(test)]
mod tests;

use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::check::Case;
use crate::spec::Edition;

/// Identifiers whose presence anywhere sends a case to a crate of its own: they read the module
/// path or the caller's location, or export symbols that two cases could share.
const LONER_IDENTS: &[&str] = &[
    "super",
    "extern",
    "type_name",
    "type_name_of_val",
    "Location",
    "track_caller",
    "current_exe",
    "global_allocator",
    "panic_handler",
    "no_mangle",
    "export_name",
    "link_section",
    "macro_export",
    "proc_macro",
    "no_main",
    "no_std",
    "asm",
    "global_asm",
    "naked_asm",
];

/// Macros (`name!`) that read the file, its path, the module path or the build environment.
const LONER_MACROS: &[&str] = &[
    "module_path",
    "file",
    "include",
    "include_str",
    "include_bytes",
    "env",
    "option_env",
];

/// Attributes (`#[name ...]`) that load other files or keep symbols.
const LONER_ATTRIBUTES: &[&str] = &["path", "debugger_visualizer", "used", "link"];

/// Inner attributes (`#![...]`) that mean the same on a module as on a crate.
const MODULE_INNER_ATTRIBUTES: &[&str] = &["allow", "doc"];

/// Why a case is checked alone, in a crate of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Alone {
    /// Edition 2015 resolves `use` paths (and a leading `::`) from the crate root, and the case
    /// has such a path that does not start with `std` or `self` ([`older`]).
    Edition2015,
    /// The source does not tokenize (rustc will report it; alone it reports it exactly).
    Untokenizable,
    /// An identifier that a module cannot give the same meaning.
    Names(String),
    /// A crate-level attribute such as `#![deny(...)]` or `#![feature(...)]`.
    CrateAttribute(String),
    /// An out-of-line `mod name;`, or a `mod` a macro could make one.
    OutOfLineModule,
    /// A macro it defines invokes a macro named by one of its arguments (`$m!(...)`), so the
    /// scan cannot tell which.
    MacroThroughMetavariable,
    /// It defines a macro and names something a macro could assemble into a way out of its
    /// module (`m!(include_str)` for a macro that pastes its argument before a `!`).
    MacroCouldBuild(String),
    /// It imports a macro that reads files or paths under another name (`use std::include_str
    /// as x;`), which the scan would not recognize at the call.
    RenamedMacro(String),
    /// No single plain `fn main()` at the top level for the batch to call.
    NoPlainMain,
}

impl std::fmt::Display for Alone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Alone::Edition2015 => f.write_str("edition 2015, with a path from the crate root"),
            Alone::Untokenizable => f.write_str("the source does not tokenize"),
            Alone::Names(id) => write!(f, "it names `{id}`"),
            Alone::CrateAttribute(a) => write!(f, "crate-level attribute `#![{a}]`"),
            Alone::OutOfLineModule => f.write_str("an out-of-line `mod name;`"),
            Alone::MacroThroughMetavariable => {
                f.write_str("a macro invoked through a metavariable (`$name!`)")
            }
            Alone::MacroCouldBuild(name) => {
                write!(
                    f,
                    "it defines a macro and names `{name}`, which a macro could use"
                )
            }
            Alone::RenamedMacro(name) => write!(f, "it imports `{name}` under another name"),
            Alone::NoPlainMain => f.write_str("no single plain `fn main()`"),
        }
    }
}

/// `Ok` when `case` may be a module of a batch crate, else why it must be checked alone.
pub fn shareable(case: &Case) -> Result<(), Alone> {
    let stream = TokenStream::from_str(&case.source).map_err(|_| Alone::Untokenizable)?;
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    if case.edition == Edition::E2015 {
        older::edition_2015_paths(&tokens)?;
    }
    let mut seen = macros::Seen::default();
    scan(&tokens, Place::Code, &mut seen, false)?;
    seen.verdict()?;
    top_level(&tokens)
}

/// Whether `case`, which names `crate` (so cannot be a module), may be the root of a batch crate
/// that is only compiled, not run: its source as the root file, line for line, with the other
/// cases' modules declared after it. Its `crate::` paths then mean what they mean alone. Nothing
/// of it may reach the modules: no inner attribute (it would set lint levels or features for the
/// whole crate), no macro (`macro_rules!` is in scope in the modules declared after it), edition
/// 2015 never (its paths start at the root anyway), and everything else a module must not do.
pub fn root_shareable(case: &Case) -> bool {
    let Ok(stream) = TokenStream::from_str(&case.source) else {
        return false;
    };
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut seen = macros::Seen::default();
    case.edition != Edition::E2015
        && scan(&tokens, Place::Code, &mut seen, true).is_ok()
        && seen.verdict().is_ok()
        && !seen.defines_macros()
        && !tokens
            .iter()
            .enumerate()
            .any(|(i, _)| inner_attribute(&tokens[i..]).is_some())
        && top_level(&tokens).is_ok()
}

/// Where a token stream sits, for the attribute names that matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Code.
    Code,
    /// The inside of `#[...]` or `#![...]`: its first identifier names the attribute.
    Attribute,
    /// The inside of `cfg_attr(...)`: any identifier may name an attribute.
    CfgAttr,
}

/// Walks every token, in groups too, for names and shapes a module cannot share; notes in
/// `seen` what a macro could put together. `root`: the case would be the crate's root, where
/// `crate` means what it means alone.
fn scan(
    tokens: &[TokenTree],
    place: Place,
    seen: &mut macros::Seen,
    root: bool,
) -> Result<(), Alone> {
    let cfg_attr = place == Place::Attribute
        && matches!(tokens.first(), Some(TokenTree::Ident(id)) if id == "cfg_attr");
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let attribute = g.delimiter() == Delimiter::Bracket
                    && i > 0
                    && matches!(&tokens[i - 1], TokenTree::Punct(p) if matches!(p.as_char(), '#' | '!'));
                let inner_place = if attribute {
                    Place::Attribute
                } else if cfg_attr || place == Place::CfgAttr {
                    Place::CfgAttr
                } else {
                    Place::Code
                };
                if !is_pub_crate(tokens, i, &inner) {
                    scan(&inner, inner_place, seen, root)?;
                }
            }
            TokenTree::Ident(id) => {
                let name = id.to_string();
                let bare = name.strip_prefix("r#").unwrap_or(&name);
                let next_is = |c: char| matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == c);
                let names_attribute =
                    (i == 0 && place == Place::Attribute) || place == Place::CfgAttr;
                if (bare == "crate" && !root)
                    || bare.starts_with("__grader")
                    || LONER_IDENTS.contains(&bare)
                    || (next_is('!') && LONER_MACROS.contains(&bare))
                    || (names_attribute && LONER_ATTRIBUTES.contains(&bare))
                {
                    return Err(Alone::Names(bare.to_string()));
                }
                if name == "mod" && !is_inline_mod(&tokens[i + 1..]) {
                    return Err(Alone::OutOfLineModule);
                }
                if LONER_MACROS.contains(&bare)
                    && matches!(tokens.get(i + 1), Some(TokenTree::Ident(a)) if a == "as")
                {
                    return Err(Alone::RenamedMacro(bare.to_string()));
                }
                seen.ident(bare, &tokens[i + 1..]);
            }
            TokenTree::Punct(p) if p.as_char() == '$' => macros::metavariable(&tokens[i + 1..])?,
            TokenTree::Literal(lit) if macros::unescape(&lit.to_string()).contains("__grader") => {
                return Err(Alone::Names("__grader".into()));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Whether the group at `tokens[i]` is the `(crate)` of `pub(crate)`, which means the same in a
/// module of a crate that holds nothing else the case could see.
fn is_pub_crate(tokens: &[TokenTree], i: usize, inner: &[TokenTree]) -> bool {
    let after_pub = i > 0 && matches!(&tokens[i - 1], TokenTree::Ident(p) if p == "pub");
    let only_crate = matches!(inner, [TokenTree::Ident(c)] if c == "crate");
    after_pub && only_crate
}

/// `mod name { ... }` (after `mod`): a module written in place. Anything else is a module read
/// from another file (`mod name;`), or could become one in a macro (`mod $name;`, `m!(mod)`).
fn is_inline_mod(rest: &[TokenTree]) -> bool {
    matches!(rest, [TokenTree::Ident(_), TokenTree::Group(g), ..] if g.delimiter() == Delimiter::Brace)
}

/// Checks the top level: inner attributes and the one plain `fn main()`.
fn top_level(tokens: &[TokenTree]) -> Result<(), Alone> {
    let mut mains = 0;
    for (i, token) in tokens.iter().enumerate() {
        if let Some(attr) = inner_attribute(&tokens[i..]) {
            let name = attr
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap_or_default();
            let group: Vec<TokenTree> = match &tokens[i + 2] {
                TokenTree::Group(g) => g.stream().into_iter().collect(),
                _ => Vec::new(),
            };
            if !MODULE_INNER_ATTRIBUTES.contains(&name) && !older::sets_lint_levels_only(&group) {
                return Err(Alone::CrateAttribute(attr));
            }
        }
        let TokenTree::Ident(id) = token else {
            continue;
        };
        if id != "fn" || !matches!(tokens.get(i + 1), Some(TokenTree::Ident(m)) if m == "main") {
            continue;
        }
        if !plain_qualifiers(&tokens[..i]) || !plain_signature(&tokens[i + 2..]) {
            return Err(Alone::NoPlainMain);
        }
        mains += 1;
    }
    if mains == 1 {
        Ok(())
    } else {
        Err(Alone::NoPlainMain)
    }
}

/// The text inside `#![...]` when `tokens` starts with an inner attribute.
fn inner_attribute(tokens: &[TokenTree]) -> Option<String> {
    match tokens {
        [
            TokenTree::Punct(hash),
            TokenTree::Punct(bang),
            TokenTree::Group(g),
            ..,
        ] if hash.as_char() == '#'
            && bang.as_char() == '!'
            && g.delimiter() == Delimiter::Bracket =>
        {
            Some(g.stream().to_string())
        }
        _ => None,
    }
}

/// Whether the tokens before `fn main` leave it a plain function: nothing but `pub` since the
/// previous item or attribute ended (no `async`, `const`, `unsafe`, ABI, `pub(...)`).
fn plain_qualifiers(before: &[TokenTree]) -> bool {
    let mut rest = before;
    if let [head @ .., TokenTree::Ident(p)] = rest
        && p == "pub"
    {
        rest = head;
    }
    match rest.last() {
        None => true,
        Some(TokenTree::Punct(p)) => p.as_char() == ';',
        Some(TokenTree::Group(g)) => matches!(g.delimiter(), Delimiter::Brace | Delimiter::Bracket),
        Some(_) => false,
    }
}

/// Whether the tokens after `fn main` are `()` and a body, with at most a return type that is
/// not `impl Trait` and no `where` clause.
fn plain_signature(after: &[TokenTree]) -> bool {
    let [TokenTree::Group(params), rest @ ..] = after else {
        return false;
    };
    if params.delimiter() != Delimiter::Parenthesis || !params.stream().is_empty() {
        return false;
    }
    for token in rest {
        match token {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => return true,
            TokenTree::Ident(id) if id == "impl" || id == "where" => return false,
            TokenTree::Punct(p) if p.as_char() == ';' => return false,
            _ => {}
        }
    }
    false
}
