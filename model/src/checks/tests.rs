use super::*;

const LONGEST: &str = "use super::*;\n\npub const CHECKS: &[(&str, fn())] = &[\n    (\"`longest` returns the \\\"second\\\" one\", second),\n    (r#\"a raw name\"#, tie),\n];\nfn second() { check_eq!(longest(\"a\", \"ab\"), \"ab\"); }\nfn tie() {}\n";

#[test]
fn the_names_of_the_checks_are_read_from_the_list() {
    let checks = Checks::parse(LONGEST).unwrap();
    assert_eq!(
        checks.names,
        ["`longest` returns the \"second\" one", "a raw name"]
    );
}

#[test]
fn a_checks_file_without_a_list_or_with_an_empty_one_is_refused() {
    assert_eq!(Checks::parse("fn f() {}"), Err(ChecksError::NoList));
    assert_eq!(
        Checks::parse("pub const CHECKS: &[(&str, fn())] = &[];"),
        Err(ChecksError::Empty)
    );
    assert_eq!(Checks::parse("fn f() { \"x }"), Err(ChecksError::NotRust));
}

#[test]
fn attaching_the_checks_keeps_every_line_of_the_answer_and_renames_only_main() {
    let checks = Checks::parse(LONGEST).unwrap();
    let answer = "// fn main in a comment\nfn longest<'a>(x: &'a str, y: &'a str) -> &'a str { x }\nfn  main() { let main = 1; }";
    let program = checks.attach_to_program(answer).unwrap();
    let lines: Vec<&str> = program.lines().collect();
    assert_eq!(lines[0], "// fn main in a comment");
    assert_eq!(lines[2], "fn  __grader_learner_main() { let main = 1; }");
    assert!(lines[3].contains("mod __grader_checks"));
    assert_eq!(
        lines[4], "use super::*;",
        "the checks start on the next line"
    );
}

#[test]
fn an_answer_without_main_gets_no_checks_attached() {
    let checks = Checks::parse(LONGEST).unwrap();
    assert_eq!(checks.attach_to_program("fn mainly() {}"), None);
    assert_eq!(checks.attach_to_program("mod m { fn main() {} }"), None);
}

#[test]
fn only_lines_with_the_nonce_count_in_the_report() {
    let names = vec!["first".to_string(), "second".to_string()];
    let out = "abc pass 0\nfake fail 1 no\nabc pass 1\nabc done\n";
    assert_eq!(read_report(out, "abc", &names), Report::Passed);
    let out = "printed by the answer abc fail 1 `f(1)` returned 2,\\nexpected 3\nabc done\n";
    assert_eq!(
        read_report(out, "abc", &names),
        Report::Failed(
            vec![FailedCheck {
                name: "second".into(),
                message: "`f(1)` returned 2,\nexpected 3".into(),
            }],
            false
        )
    );
    assert_eq!(
        read_report("abc pass 0\nxyz done\n", "abc", &names),
        Report::Unfinished
    );
}

#[test]
fn the_learner_is_told_what_the_checks_test() {
    let checks = Checks::parse(LONGEST).unwrap();
    assert_eq!(
        checks.describe(),
        "Hidden checks call your code and test that `longest` returns the \"second\" one; that a raw name."
    );
}

#[test]
fn a_line_of_the_program_is_traced_back_to_the_checks_file() {
    let checks = Checks::parse(LONGEST).unwrap();
    let answer = "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { x }\nfn main() {}\n";
    let program = checks.attach_to_program(answer).unwrap();
    let at = program
        .lines()
        .position(|l| l.starts_with("fn second()"))
        .unwrap() as u32
        + 1;
    assert_eq!(checks.line_in_checks(answer, at), Some(7));
    assert_eq!(checks.line_in_checks(answer, 1), None);
}
