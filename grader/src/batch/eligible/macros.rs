//! What the scan cannot see whole: the macros a case defines (`macro_rules!`, or `macro` 2.0)
//! paste tokens together when they expand, so a name the scan keeps alone can reach a call or an
//! attribute from pieces it sees apart — `$m!(...)` called as `m!(include_str)`, `$m $b (...)`
//! called as `m!(include_str, !)`, `#[$a = "…"] mod $n;` called as `m!(path, other)` — and a
//! string literal can spell a name in escapes (`"\x5f_grader"`).
//!
//! The rules: a macro invoked through a metavariable (`$name!`, or a repetition `$(...)*!`) is
//! kept alone whatever it names; and a case that defines a macro is kept alone as soon as it
//! names, anywhere and in any position, a macro or attribute that is kept alone by name. Since
//! stable Rust has no way to make an identifier from pieces, such a name has to be written out
//! somewhere in the source for a macro to use it.

use proc_macro2::TokenTree;

use super::{Alone, LONER_ATTRIBUTES, LONER_MACROS};

/// What the scan has seen that matters only together: a macro definition, and a name a macro
/// could put to use.
#[derive(Debug, Default)]
pub(super) struct Seen {
    /// Whether the case defines a macro.
    defines_macro: bool,
    /// The first name of a macro or attribute kept alone by name, in any position.
    could_build: Option<String>,
}

impl Seen {
    /// Notes identifier `bare` (without `r#`), followed by `rest`.
    pub(super) fn ident(&mut self, bare: &str, rest: &[TokenTree]) {
        let names_macro = matches!(rest.first(), Some(TokenTree::Ident(_)));
        if bare == "macro_rules" || (bare == "macro" && names_macro) {
            self.defines_macro = true;
        }
        if self.could_build.is_none()
            && (LONER_MACROS.contains(&bare) || LONER_ATTRIBUTES.contains(&bare))
        {
            self.could_build = Some(bare.to_string());
        }
    }

    /// Whether the case defines a macro.
    pub(super) fn defines_macros(&self) -> bool {
        self.defines_macro
    }

    /// `Err` when what was seen together could reach outside the case's module.
    pub(super) fn verdict(&self) -> Result<(), Alone> {
        match &self.could_build {
            Some(name) if self.defines_macro => Err(Alone::MacroCouldBuild(name.clone())),
            _ => Ok(()),
        }
    }
}

/// Checks the tokens after a `$`: a metavariable (`$m`) or a repetition (`$( ... ) sep? op`)
/// followed by the `!` of a macro call is a macro invoked by a name the scan cannot read.
pub(super) fn metavariable(rest: &[TokenTree]) -> Result<(), Alone> {
    let invoked = match rest.first() {
        Some(TokenTree::Ident(_)) => calls(&rest[1..]),
        // The repetition's operator comes right after its group, or after a separator (a
        // punctuation split into up to two tokens, e.g. `=>`).
        Some(TokenTree::Group(_)) => (1..=3).any(|k| {
            matches!(rest.get(k), Some(TokenTree::Punct(p)) if matches!(p.as_char(), '*' | '+' | '?'))
                && calls(&rest[k + 1..])
        }),
        _ => false,
    };
    if invoked {
        Err(Alone::MacroThroughMetavariable)
    } else {
        Ok(())
    }
}

/// Whether `tokens` start with the `!` of a macro call: `!` followed by the call's delimited
/// arguments, or by a metavariable that could hold them (not `!=`, not `!x`).
fn calls(tokens: &[TokenTree]) -> bool {
    match tokens {
        [TokenTree::Punct(bang), TokenTree::Group(_), ..] => bang.as_char() == '!',
        [TokenTree::Punct(bang), TokenTree::Punct(dollar), ..] => {
            bang.as_char() == '!' && dollar.as_char() == '$'
        }
        _ => false,
    }
}

/// The text of a literal with its escapes decoded (`\x5f` and `\u{5f}` are `_`), so a name
/// spelled in escapes reads as itself. The quotes and any prefix are kept; a raw string's
/// backslashes are decoded too, which can only find a name where there is none.
pub(super) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('u') => {
                let hex: String = chars
                    .by_ref()
                    .skip_while(|&c| c == '{')
                    .take_while(|&c| c != '}')
                    .filter(|&c| c != '_')
                    .collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            // A line continuation: the line end and the next line's indentation are not text.
            Some('\n' | '\r') => while chars.next_if(|c| c.is_whitespace()).is_some() {},
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
