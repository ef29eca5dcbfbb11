use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("items added through two owners end up in the one list (as its `{:?}` shows)", both_owners_add),
];

fn both_owners_add() {
    let list = new_list();
    let other = std::rc::Rc::clone(&list);
    add(&list, "tea");
    add(&other, "jam");
    add(&list, "oats");
    let shown = format!("{list:?}");
    check!(shown.contains(r#"["tea", "jam", "oats"]"#), "the list shows as {shown}, expected it to hold [\"tea\", \"jam\", \"oats\"]");
}
