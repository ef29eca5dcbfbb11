//! rustc's colours for diagnostics shown on a terminal. The grader asks rustc for plain JSON
//! diagnostics (the same text for a terminal, a report and the page), so on a terminal the
//! rendered text is painted here line by line in rustc's own scheme: the level (`error` red,
//! `warning` yellow, `note` green, `help` cyan) in bold, the message in bold, the gutter (`-->`,
//! line numbers, `|`, `=`) bold blue, primary marks (`^^^` and their label) bold red, secondary
//! marks (`---`) bold blue. It paints text already escaped ([`crate::untrusted`]), so the only
//! escape sequences that reach the terminal are these.

use anstyle::{AnsiColor, Style};

fn style(colour: AnsiColor) -> Style {
    Style::new().bold().fg_color(Some(colour.into()))
}

fn paint(style: Style, text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("{}{text}{}", style.render(), style.render_reset())
    }
}

/// The level words rustc starts a message with, and their colours.
const LEVELS: [(&str, AnsiColor); 5] = [
    ("error", AnsiColor::BrightRed),
    ("warning", AnsiColor::BrightYellow),
    ("note", AnsiColor::BrightGreen),
    ("help", AnsiColor::BrightCyan),
    ("failure-note", AnsiColor::BrightWhite),
];

/// One line of rustc's plain rendering, painted as rustc paints it.
pub(crate) fn line(text: &str) -> String {
    // `error[E0499]: message`, `warning: message`, `note: ...` at the start of a line.
    for (word, colour) in LEVELS {
        if let Some(rest) = text.strip_prefix(word) {
            let code_end = if rest.starts_with('[') {
                rest.find("]:").map_or(0, |i| i + 1)
            } else {
                0
            };
            if rest[code_end..].starts_with(':') {
                let head = &text[..word.len() + code_end];
                let message = &text[word.len() + code_end..];
                return format!(
                    "{}{}",
                    paint(style(colour), head),
                    paint(Style::new().bold(), message)
                );
            }
        }
    }
    let body = text.trim_start();
    let indent = &text[..text.len() - body.len()];
    let blue = style(AnsiColor::BrightBlue);
    // `  --> file:1:2` and `  ::: file:1:2`.
    for arrow in ["--> ", "::: "] {
        if let Some(rest) = body.strip_prefix(arrow) {
            return format!("{indent}{}{rest}", paint(blue, arrow));
        }
    }
    // `   = note: ...` and `   = help: ...`.
    if let Some(rest) = body.strip_prefix("= ") {
        for (word, colour) in LEVELS {
            if let Some(after) = rest.strip_prefix(word).filter(|a| a.starts_with(':')) {
                return format!(
                    "{indent}{}{}{after}",
                    paint(blue, "= "),
                    paint(style(colour), word)
                );
            }
        }
    }
    // The gutter: `12 | code` or `   | ^^^ label`.
    let Some(bar) = text.find('|') else {
        return text.to_string();
    };
    let gutter = &text[..bar];
    if !gutter.trim().chars().all(|c| c.is_ascii_digit()) {
        return text.to_string();
    }
    let rest = &text[bar + 1..];
    let numbered = !gutter.trim().is_empty();
    let marks = rest.trim_start();
    let painted_rest = if numbered || marks.is_empty() {
        rest.to_string()
    } else if let Some(at) = rest.find('^') {
        format!(
            "{}{}",
            &rest[..at],
            paint(style(AnsiColor::BrightRed), &rest[at..])
        )
    } else if marks.starts_with(['-', '|', '+', '~']) {
        let at = rest.len() - marks.len();
        format!("{}{}", &rest[..at], paint(blue, marks))
    } else {
        rest.to_string()
    };
    format!("{}{painted_rest}", paint(blue, &format!("{gutter}|")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn painting_changes_only_colours_and_marks_what_rustc_marks() {
        let text = "error[E0499]: cannot borrow `v` as mutable more than once at a time\n  --> a/b.rs:4:14\n   |\n 3 |     let a = &mut v;\n   |             ------ first mutable borrow occurs here\n 4 |     let b = &mut v;\n   |             ^^^^^^ second mutable borrow occurs here\n   = note: see E0499\nwarning: unused variable: `x`\nplain | text";
        for l in text.lines() {
            assert_eq!(plain(&line(l)), l);
        }
        assert!(line("error[E0499]: x").starts_with("\x1b["));
        assert!(line("   |             ^^^^^^ here").contains("\x1b[1m\x1b[91m^^^^^^ here"));
        assert_eq!(line("plain | text"), "plain | text");
        assert_eq!(line("just words"), "just words");
    }
}
