//! A Rust source as the rules see it: a flat list of its tokens, each with its line. Comments
//! (doc comments included) and whitespace are gone, a string or character literal is one token (its content never matches a
//! rule), and a group's delimiters are tokens of their own, so macro bodies count like any code.

use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// One token and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Its text: an identifier without `r#`, one punctuation character, a delimiter, or a
    /// literal as written.
    pub text: String,
    /// Its line.
    pub line: usize,
}

/// Why a source has no tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Untokenizable;

/// The tokens of `source`, in order; `Err` when it is not Rust tokens at all (an unterminated
/// string, an unbalanced bracket).
pub(crate) fn tokens(source: &str) -> Result<Vec<Token>, Untokenizable> {
    let stream = TokenStream::from_str(source).map_err(|_| Untokenizable)?;
    let mut out = Vec::new();
    flatten(stream, &mut out);
    Ok(out)
}

/// The token trees of `source` at the top level, with their tokens flattened.
pub(crate) fn trees(source: &str) -> Result<Vec<Vec<Token>>, Untokenizable> {
    let stream = TokenStream::from_str(source).map_err(|_| Untokenizable)?;
    let top: Vec<TokenTree> = stream.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < top.len() {
        // Doc comments are comments here too: an item whose doc comment was reworded or
        // removed is the same item.
        if let Some(skip) = doc_comment(&top, i) {
            i += skip;
            continue;
        }
        let mut tokens = Vec::new();
        flatten(std::iter::once(top[i].clone()).collect(), &mut tokens);
        out.push(tokens);
        i += 1;
    }
    Ok(out)
}

/// Whether `trees[i..]` starts a doc comment as the lexer gives it (`#[doc = "..."]` or
/// `#![doc = "..."]`), and how many trees it takes.
fn doc_comment(trees: &[TokenTree], i: usize) -> Option<usize> {
    let TokenTree::Punct(hash) = trees.get(i)? else {
        return None;
    };
    if hash.as_char() != '#' {
        return None;
    }
    let bang = matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
    let at = i + 1 + usize::from(bang);
    let TokenTree::Group(group) = trees.get(at)? else {
        return None;
    };
    let first = group.stream().into_iter().next();
    let is_doc = group.delimiter() == Delimiter::Bracket
        && matches!(first, Some(TokenTree::Ident(id)) if id == "doc");
    is_doc.then_some(at + 1 - i)
}

fn flatten(stream: TokenStream, out: &mut Vec<Token>) {
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        // Doc comments are comments: they never count.
        if let Some(skip) = doc_comment(&trees, i) {
            i += skip;
            continue;
        }
        let tree = trees[i].clone();
        i += 1;
        let line = tree.span().start().line;
        match tree {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                if !open.is_empty() {
                    out.push(Token {
                        text: open.into(),
                        line,
                    });
                }
                flatten(group.stream(), out);
                if !close.is_empty() {
                    out.push(Token {
                        text: close.into(),
                        line: group.span_close().start().line,
                    });
                }
            }
            TokenTree::Ident(ident) => {
                let text = ident.to_string();
                let text = text.strip_prefix("r#").unwrap_or(&text).to_string();
                out.push(Token { text, line });
            }
            TokenTree::Punct(punct) => out.push(Token {
                text: punct.as_char().to_string(),
                line,
            }),
            TokenTree::Literal(literal) => out.push(Token {
                text: literal.to_string(),
                line,
            }),
        }
    }
}

/// Where `pattern` first occurs in `haystack` as a run of consecutive tokens.
pub(crate) fn find(haystack: &[Token], pattern: &[Token]) -> Option<usize> {
    if pattern.is_empty() || pattern.len() > haystack.len() {
        return None;
    }
    haystack
        .windows(pattern.len())
        .position(|w| w.iter().zip(pattern).all(|(a, b)| a.text == b.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<String> {
        tokens(source)
            .unwrap()
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn comments_and_string_contents_are_not_tokens_but_macro_bodies_are() {
        let src = "// static mut X\nfn f() { let s = \"static mut\"; m!(static mut Y: u8 = 0;); }";
        let all = tokens(src).unwrap();
        let pattern = tokens("static mut").unwrap();
        let at = find(&all, &pattern).expect("inside the macro call");
        assert_eq!(all[at].line, 2);
        assert_eq!(texts("r#unsafe"), ["unsafe"]);
        assert_eq!(texts("a::b!()"), ["a", ":", ":", "b", "!", "(", ")"]);
    }

    #[test]
    fn doc_comments_of_top_level_items_are_not_tokens_either() {
        let with = trees("/// The tokens.\nstruct Tokens;\n//! inner\n#[derive(Debug)]\nstruct B;")
            .unwrap();
        let without = trees("struct Tokens;\n#[derive(Debug)]\nstruct B;").unwrap();
        let text = |t: &Vec<Vec<Token>>| -> Vec<String> {
            t.iter().flatten().map(|t| t.text.clone()).collect()
        };
        assert_eq!(text(&with), text(&without));
    }

    #[test]
    fn an_unterminated_string_has_no_tokens() {
        assert_eq!(tokens("fn main() { \"x }"), Err(Untokenizable));
    }
}
