//! Edit regions: a starter may mark where the learner edits, between a line `// region: edit`
//! and a line `// endregion` (the markers rust-analyzer folds), and a scope with
//! `keep_outside_regions` then keeps everything outside the regions token for token. Comments
//! and whitespace never count; the markers themselves must stay.

use super::tokens::{self, Token};

/// The line that opens an edit region.
pub const REGION_START: &str = "// region: edit";
/// The line that closes an edit region.
pub const REGION_END: &str = "// endregion";

/// The 1-based lines of the markers in `source`, in order (start, end, start, end, ...), or
/// `None` when they do not pair up.
fn markers(source: &str) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let want = if out.len() % 2 == 0 {
            REGION_START
        } else {
            REGION_END
        };
        let other = if out.len() % 2 == 0 {
            REGION_END
        } else {
            REGION_START
        };
        match line.trim() {
            t if t == want => out.push(i + 1),
            t if t == other => return None,
            _ => {}
        }
    }
    (out.len() % 2 == 0).then_some(out)
}

/// Whether `starter` has at least one well-formed edit region.
pub(super) fn has_regions(starter: &str) -> bool {
    markers(starter).is_some_and(|m| !m.is_empty())
}

/// The tokens of `source` outside its regions, one list per stretch between regions.
fn outside(source: &str, marks: &[usize]) -> Option<Vec<Vec<Token>>> {
    let all = tokens::tokens(source).ok()?;
    let mut bounds = vec![0];
    bounds.extend(marks.iter().copied());
    bounds.push(usize::MAX);
    Some(
        bounds
            .chunks(2)
            .map(|pair| {
                all.iter()
                    .filter(|t| t.line > pair[0] && t.line < pair[1])
                    .cloned()
                    .collect()
            })
            .collect(),
    )
}

/// How `answer` breaks the code outside `starter`'s regions, if it does: `Some(Some(line))` for
/// the first line of the answer that changed, `Some(None)` when its markers are gone or
/// unpaired, or a stretch ended early.
pub(super) fn breach(starter: &str, answer: &str) -> Option<Option<usize>> {
    let before = outside(starter, &markers(starter)?)?;
    let Some(marks) = markers(answer).filter(|m| m.len() == before.len() * 2 - 2) else {
        return Some(None);
    };
    let now = outside(answer, &marks)?;
    for (kept, got) in before.iter().zip(&now) {
        if let Some(at) = kept.iter().zip(got).position(|(a, b)| a.text != b.text) {
            return Some(Some(got[at].line));
        }
        if kept.len() != got.len() {
            let at = kept.len().min(got.len());
            return Some(got.get(at).or(got.last()).map(|t| t.line));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const STARTER: &str = "fn keep() -> u8 { 1 }\nfn main() {\n    // region: edit\n    let x = 1;\n    // endregion\n    println!(\"{}\", keep());\n}\n";

    #[test]
    fn edits_inside_the_region_are_free_and_outside_it_are_named() {
        let inside = STARTER.replace("let x = 1;", "let x = 2;\n    let y = x + 1; // more lines");
        assert_eq!(breach(STARTER, &inside), None);
        let comment = STARTER.replace("fn main() {", "fn main() { // a note");
        assert_eq!(breach(STARTER, &comment), None, "comments never count");
        let outside = inside.replace("keep())", "keep() + 1)");
        assert_eq!(breach(STARTER, &outside), Some(Some(7)));
        let early = STARTER.replace("fn keep() -> u8 { 1 }", "fn keep() -> u8 { 2 }");
        assert_eq!(breach(STARTER, &early), Some(Some(1)));
        let added = format!("{STARTER}fn extra() {{}}\n");
        assert_eq!(breach(STARTER, &added), Some(Some(8)));
    }

    #[test]
    fn removed_markers_break_the_scope() {
        let gone = STARTER.replace("    // endregion\n", "");
        assert_eq!(breach(STARTER, &gone), Some(None));
        assert!(has_regions(STARTER));
        assert!(!has_regions("fn main() {}\n"));
        assert!(!has_regions("// endregion\n// region: edit\n"));
    }
}
