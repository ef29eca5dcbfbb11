//! One test per way a case could reach another case of its batch, and the ordinary code that
//! must keep sharing a crate.

use super::*;
use crate::expect::Expectation;

fn case(source: &str) -> Case {
    Case {
        file_name: "a.rs".into(),
        source: source.into(),
        edition: Edition::E2021,
        expect: Expectation::CompilePass,
        rules: None,
    }
}

#[test]
fn a_plain_program_shares_a_crate() {
    let src = "#![allow(unused)]\n//! doc\nuse std::rc::Rc;\n#[derive(Debug)]\npub(crate) struct A;\n/// main\npub fn main() -> Result<(), String> { let s = \"crate::x\"; let path = 1; let args = [path]; Ok(()) }\n";
    assert_eq!(shareable(&case(src)), Ok(()));
}

#[test]
fn crate_paths_attributes_and_odd_mains_are_alone() {
    let alone = |src: &str| shareable(&case(src)).unwrap_err();
    assert_eq!(
        alone("fn main() { crate::f(); }"),
        Alone::Names("crate".into())
    );
    assert_eq!(
        alone("mod a { fn g() { super::f() } }\nfn main() {}"),
        Alone::Names("super".into())
    );
    assert!(matches!(
        alone("#![deny(missing_docs)]\nfn main() {}"),
        Alone::CrateAttribute(_)
    ));
    assert!(matches!(
        alone("#![feature(never_type)]\nfn main() {}"),
        Alone::CrateAttribute(_)
    ));
    assert_eq!(
        alone("#[unsafe(no_mangle)]\npub fn f() {}\nfn main() {}"),
        Alone::Names("no_mangle".into())
    );
    assert_eq!(alone("mod other;\nfn main() {}"), Alone::OutOfLineModule);
    assert_eq!(
        alone("#[cfg_attr(all(), path = \"x.rs\")]\nmod m {}\nfn main() {}"),
        Alone::Names("path".into())
    );
    assert_eq!(
        alone("#[path = \"x.rs\"]\nmod m { }\nfn main() {}"),
        Alone::Names("path".into())
    );
    assert_eq!(alone("async fn main() {}"), Alone::NoPlainMain);
    assert_eq!(alone("fn helper() {}"), Alone::NoPlainMain);
    assert_eq!(alone("fn main() -> impl Sized {}"), Alone::NoPlainMain);
    assert_eq!(alone("fn main() { \"unterminated }"), Alone::Untokenizable);
    assert_eq!(
        alone("fn main() { println!(\"{}\", module_path!()); }"),
        Alone::Names("module_path".into())
    );
}

#[test]
fn edition_2015_is_alone_only_with_a_path_from_the_crate_root() {
    let old = |src: &str| {
        let mut c = case(src);
        c.edition = Edition::E2015;
        shareable(&c)
    };
    for src in [
        "enum Dir { Up }\nuse Dir::*;\nfn main() {}",
        "use {std::fmt};\nfn main() {}",
        "fn f() {}\nfn main() { ::f(); }",
        "mod m { pub(in m) fn f() {} }\nfn main() {}",
        "mod m { pub fn f() {} }\nmod n { use m::f; }\nfn main() {}",
    ] {
        assert_eq!(old(src), Err(Alone::Edition2015), "{src}");
    }
    for src in [
        "fn main() {}",
        "use std::fmt;\nuse ::std::rc::Rc;\nenum Dir { Up }\nuse self::Dir::*;\nfn main() { let async = 1; let x: Vec<u8> = Vec::<u8>::new(); ::std::mem::drop(x); }",
        "trait T {}\nfn f(t: &T) {}\nfn main() { std::mem::drop(1); }",
    ] {
        assert_eq!(old(src), Ok(()), "{src}");
    }
}

#[test]
fn lint_levels_for_the_case_s_own_code_share_a_crate() {
    for src in [
        "#![deny(warnings)]\nfn main() {}",
        "#![deny(unused, reason = \"tidy\")]\n#![warn(clippy::all)]\n#![forbid(unsafe_code)]\nfn main() {}",
        "#![expect(dead_code)]\nfn f() {}\nfn main() {}",
    ] {
        assert_eq!(shareable(&case(src)), Ok(()), "{src}");
    }
}

/// Asserts that each of `sources` is checked alone, for `why`.
fn all_alone(why: Alone, sources: &[&str]) {
    for src in sources {
        assert_eq!(shareable(&case(src)), Err(why.clone()), "{src}");
    }
}

fn shares(src: &str) {
    assert_eq!(shareable(&case(src)), Ok(()), "{src}");
}

#[test]
fn a_macro_invoked_through_a_metavariable_is_alone() {
    all_alone(
        Alone::MacroThroughMetavariable,
        &[
            // `m!(include_str)`: the case prints another case's file.
            "macro_rules! m { ($m:ident) => { $m!(concat!(\"../__gra\", \"der_case_1/b.rs\")) } }\nfn main() { println!(\"{}\", m!(include_str)); }",
            // `m!(module_path)`: the case prints its batch module's path.
            "macro_rules! m { ($m:path) => { $m!() } }\nfn main() { m!(module_path); }",
            // Whatever the macro's name: the scan cannot know it.
            "macro_rules! m { ($m:ident) => { $m![1] } }\nfn main() { m!(vec); }",
            // The arguments in a metavariable too, and the name after a path.
            "macro_rules! m { ($m:ident $a:tt) => { std::$m!$a } }\nfn main() { m!(line ()); }",
        ],
    );
}

#[test]
fn a_macro_invoked_through_a_repetition_is_alone() {
    all_alone(
        Alone::MacroThroughMetavariable,
        &[
            "macro_rules! m { ($($m:ident)*) => { $($m)*!(\"x\") } }\nfn main() { m!(include_str); }",
            "macro_rules! m { ($($m:ident),*) => { $($m),+!(\"x\") } }\nfn main() { m!(file); }",
            "macro_rules! m { ($($m:ident)=>*) => { $($m)=>*!() } }\nfn main() { m!(file); }",
        ],
    );
}

#[test]
fn a_macro_that_could_paste_a_loner_name_before_a_bang_or_into_an_attribute_is_alone() {
    for (name, src) in [
        // The name and the `!` come as two arguments.
        (
            "include_str",
            "macro_rules! m { ($m:ident, $b:tt) => { $m $b (\"x\") } }\nfn main() { m!(include_str, !); }",
        ),
        // The name is written in the macro, the `!` comes as an argument.
        (
            "module_path",
            "macro_rules! m { ($b:tt) => { module_path $b () } }\nfn main() { m!(!); }",
        ),
        // The name comes before the macro is defined, in a `macro` 2.0 definition too.
        (
            "env",
            "fn main() { m!(env, !); }\nmacro m($m:ident, $b:tt) { $m $b (\"HOME\") }",
        ),
        // `#[path = "../\x5f_grader_case_1/b.rs"] mod other;` from pieces.
        (
            "path",
            "macro_rules! m { ($a:ident) => { #[$a = \"b.rs\"] pub mod other {} } }\nm!(path);\nfn main() {}",
        ),
        (
            "debugger_visualizer",
            "macro_rules! m { ($a:meta) => { #[$a] pub mod other {} } }\nm!(debugger_visualizer(gdb_script_file = \"b.rs\"));\nfn main() {}",
        ),
    ] {
        all_alone(Alone::MacroCouldBuild(name.into()), &[src]);
    }
}

#[test]
fn a_module_a_macro_could_read_from_a_file_is_alone() {
    all_alone(
        Alone::OutOfLineModule,
        &[
            "macro_rules! m { ($n:ident) => { mod $n; } }\nm!(other);\nfn main() {}",
            "macro_rules! m { ($($t:tt)*) => { $($t)* ; } }\nm!(mod other);\nfn main() {}",
        ],
    );
    // An inline module is fine.
    shares("mod inner {\n    pub fn f() {}\n}\nfn main() { inner::f(); }");
}

#[test]
fn a_renamed_import_of_a_loner_macro_is_alone() {
    for (src, name) in [
        (
            "use std::include_str as x;\nfn main() { println!(\"{}\", x!(\"b.rs\")); }",
            "include_str",
        ),
        (
            "use std::{module_path as here};\nfn main() { println!(\"{}\", here!()); }",
            "module_path",
        ),
        ("pub use core::r#file as f;\nfn main() {}", "file"),
    ] {
        all_alone(Alone::RenamedMacro(name.into()), &[src]);
    }
}

#[test]
fn loner_macros_with_a_path_prefix_or_a_raw_name_are_alone() {
    for (src, name) in [
        ("fn main() { core::module_path!(); }", "module_path"),
        ("fn main() { ::std::module_path!(); }", "module_path"),
        ("fn main() { std::include_str!(\"b.rs\"); }", "include_str"),
        ("fn main() { r#include_str!(\"b.rs\"); }", "include_str"),
        (
            "fn main() { include_bytes!(concat!(\"b\", \".rs\")); }",
            "include_bytes",
        ),
        ("include!(\"b.rs\");\nfn main() {}", "include"),
        ("fn main() { env!(\"HOME\"); }", "env"),
        ("fn main() { option_env!(\"HOME\"); }", "option_env"),
        ("fn main() { println!(\"{}\", file!()); }", "file"),
        // Attributes that read files.
        (
            "#[debugger_visualizer(gdb_script_file = \"b.rs\")]\nmod m {}\nfn main() {}",
            "debugger_visualizer",
        ),
        (
            "#[doc = include_str!(\"b.rs\")]\nfn main() {}",
            "include_str",
        ),
    ] {
        all_alone(Alone::Names(name.into()), &[src]);
    }
}

#[test]
fn a_batch_name_spelled_in_escapes_is_alone() {
    for lit in [
        "\"../__grader_case_1/b.rs\"",
        "\"../\\x5f_grader_case_1/b.rs\"",
        "\"../\\u{5F}\\u{5f}grader_case_1/b.rs\"",
        "\"../__gra\\\n    der_case_1/b.rs\"",
        "b\"\\x5f\\x5fgrader\"",
    ] {
        let src = format!("fn main() {{ let _ = {lit}; }}");
        all_alone(Alone::Names("__grader".into()), &[&src]);
    }
}

#[test]
fn ordinary_macros_and_location_macros_that_read_the_same_in_a_batch_share_a_crate() {
    // Metavariables used as values, `!=` and `!x` after them, and `concat!`/`stringify!`.
    shares(
        "macro_rules! check { ($a:expr, $b:expr) => { assert!($a != $b && !$a.is_empty()) } }\nmacro_rules! sum { ($($x:expr),*) => { 0 $(+ $x)* } }\nmacro_rules! flags { ($($x:expr),*) => { [$(!$x),*] } }\nfn main() {\n    check!(String::from(\"a\"), String::from(\"b\"));\n    let _ = sum!(1, 2) * !3;\n    let _ = flags!(true, false);\n    println!(\"{} {}\", concat!(\"a\", 1), stringify!(x + y));\n}",
    );
    // The file is unchanged line for line in a batch: `line!()` and `column!()` read the same.
    shares("fn main() {\n    println!(\"{}:{}\", line!(), column!());\n}");
    // A loner name in a case that defines no macro is only a name.
    shares(
        "use std::path::Path;\nfn main() {\n    let file = std::env::args().count();\n    let _ = (file, Path::new(\"a\"));\n}",
    );
}

#[test]
fn a_case_that_names_crate_may_be_a_root_unless_it_could_reach_the_modules() {
    let root = |src: &str| root_shareable(&case(src));
    assert!(root(
        "enum List { Cons(i32, Box<List>), Nil }\nuse crate::List::{Cons, Nil};\nfn main() { let _l = Cons(1, Box::new(Nil)); }"
    ));
    assert!(root("fn f() {}\nfn main() { crate::f(); }"));
    // A macro is in scope in the modules declared after it; an inner attribute is the crate's.
    assert!(!root(
        "macro_rules! m { () => {} }\nfn f() {}\nfn main() { m!(); crate::f(); }"
    ));
    assert!(!root(
        "#![allow(dead_code)]\nfn f() {}\nfn main() { crate::f(); }"
    ));
    assert!(!root(
        "#![deny(warnings)]\nfn main() { crate::f(); }\nfn f() {}"
    ));
    // Everything else a module may not do still keeps it alone.
    assert!(!root(
        "fn main() { crate::f(); println!(\"{}\", file!()); }\nfn f() {}"
    ));
    assert!(!root("fn f() { super::g() }\nfn main() { crate::f(); }"));
    assert!(!root("async fn main() { crate::f(); }\nfn f() {}"));
    let mut old = case("fn f() {}\nfn main() { crate::f(); }");
    old.edition = Edition::E2015;
    assert!(!root_shareable(&old));
}
