//! The book as a whole: every chapter has its exercises, the exercises cover what the book
//! promises (kinds, directions, error codes), and no internal link or image is broken.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use grader::{Catalog, Expectation, Kind};
use pulldown_cmark::{Event, Parser, Tag};

use crate::support::repo_root;

/// The chapters listed in `src/SUMMARY.md`, as file names relative to `src/`.
fn summary_chapters(root: &Path) -> Vec<String> {
    let summary = std::fs::read_to_string(root.join("src/SUMMARY.md")).unwrap();
    let mut chapters = Vec::new();
    for event in Parser::new(&summary) {
        if let Event::Start(Tag::Link { dest_url, .. }) = event {
            chapters.push(dest_url.to_string());
        }
    }
    chapters
}

/// The ids in the `{{#exercise ID}}` directives of a chapter.
fn directive_ids(text: &str) -> Vec<String> {
    text.match_indices("{{#exercise ")
        .filter(|(at, _)| !text[..*at].ends_with('\\'))
        .filter_map(|(at, m)| text[at + m.len()..].split("}}").next())
        .map(|id| id.trim().to_string())
        .collect()
}

#[test]
fn every_chapter_but_introduction_and_summary_has_at_least_three_exercises() {
    let root = repo_root();
    let catalog = Catalog::load(&root.join("exercises")).unwrap();
    let known: BTreeSet<&str> = catalog.exercises.iter().map(|e| e.id.as_str()).collect();
    let chapters = summary_chapters(&root);
    assert!(chapters.len() >= 12, "{chapters:?}");
    let mut placed = BTreeSet::new();
    for chapter in &chapters {
        let text = std::fs::read_to_string(root.join("src").join(chapter)).unwrap();
        let ids = directive_ids(&text);
        for id in &ids {
            assert!(
                known.contains(id.as_str()),
                "{chapter} places unknown exercise `{id}`"
            );
            assert!(placed.insert(id.clone()), "exercise `{id}` is placed twice");
        }
        if chapter != "introduction.md" && chapter != "summary.md" {
            assert!(
                ids.len() >= 3,
                "{chapter} has {} exercises; every chapter needs at least 3",
                ids.len()
            );
        }
    }
    let unplaced: Vec<&&str> = known.iter().filter(|id| !placed.contains(**id)).collect();
    assert!(
        unplaced.is_empty(),
        "exercises not placed in any chapter: {unplaced:?}"
    );
}

#[test]
fn the_exercises_cover_the_kinds_directions_and_codes_the_book_promises() {
    let catalog = Catalog::load(&repo_root().join("exercises")).unwrap();
    let all = &catalog.exercises;
    assert!(
        all.len() >= 40,
        "{} exercises; the book promises at least 40",
        all.len()
    );
    let panicking = all
        .iter()
        .filter(|e| e.kind() == Kind::RunPanic || e.starter_state.kind() == Kind::RunPanic);
    assert!(panicking.count() >= 3, "fewer than 3 run-panic exercises");
    assert!(
        all.iter().any(|e| e.kind() == Kind::RunPanic),
        "no exercise asks for a panic"
    );
    let with_stdout = all
        .iter()
        .filter(|e| matches!(e.expect, Expectation::RunPass { stdout: Some(_) }))
        .count();
    assert!(
        with_stdout >= 5,
        "{with_stdout} run-pass exercises with expected output"
    );
    assert!(all.iter().any(|e| e.is_trigger()), "no trigger-it exercise");
    assert!(
        all.iter()
            .any(|e| e.starter_state.kind() == Kind::CompileFail),
        "no fix-it exercise"
    );
    let mut codes = BTreeSet::new();
    for ex in all {
        for exp in [&ex.expect, &ex.starter_state] {
            if let Expectation::CompileFail { codes: c, .. } = exp {
                codes.extend(c.iter().map(|c| c.as_str().to_string()));
            }
        }
    }
    assert!(
        codes.len() >= 20,
        "only {} distinct codes: {codes:?}",
        codes.len()
    );
    for required in [
        "E0382", "E0499", "E0502", "E0505", "E0506", "E0597", "E0515", "E0106", "E0384", "E0596",
        "E0716", "E0373", "E0277", "E0133", "E0507",
    ] {
        assert!(codes.contains(required), "no exercise covers {required}");
    }
    for ex in all {
        assert!(
            !ex.instructions.trim().is_empty(),
            "{} has no instructions",
            ex.id
        );
        assert!(!ex.hints.is_empty(), "{} has no hints", ex.id);
    }
}

/// Links and images of a Markdown file that point inside the book.
fn local_targets(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for event in Parser::new(text) {
        let dest = match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => dest_url.to_string(),
            _ => continue,
        };
        if !dest.contains("://") && !dest.starts_with("mailto:") && !dest.is_empty() {
            out.push(dest);
        }
    }
    out
}

/// The anchors mdBook gives the headings of a chapter.
fn heading_ids(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut in_heading = None::<String>;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Heading { .. }) => in_heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = in_heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::End(pulldown_cmark::TagEnd::Heading(_)) => {
                let h = in_heading.take().unwrap_or_default();
                let base: String = h
                    .trim()
                    .to_lowercase()
                    .chars()
                    .filter_map(|c| {
                        if c.is_alphanumeric() || c == '_' || c == '-' {
                            Some(c)
                        } else if c.is_whitespace() {
                            Some('-')
                        } else {
                            None
                        }
                    })
                    .collect();
                let n = counts.entry(base.clone()).or_default();
                ids.insert(if *n == 0 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                });
                *n += 1;
            }
            _ => {}
        }
    }
    ids
}

#[test]
fn no_internal_link_or_image_is_broken() {
    let src = repo_root().join("src");
    let mut broken = Vec::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for target in local_targets(&text) {
            let (file, anchor) = target
                .split_once('#')
                .map_or((target.as_str(), None), |(f, a)| (f, Some(a)));
            let target_path = if file.is_empty() {
                path.clone()
            } else {
                path.parent().unwrap().join(file)
            };
            if !target_path.is_file() {
                broken.push(format!("{}: {target} (no such file)", path.display()));
                continue;
            }
            if let Some(anchor) =
                anchor.filter(|_| target_path.extension().is_some_and(|e| e == "md"))
            {
                let ids = heading_ids(&std::fs::read_to_string(&target_path).unwrap());
                if !ids.contains(anchor) {
                    broken.push(format!(
                        "{}: {target} (no heading with that anchor)",
                        path.display()
                    ));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
