//! The verdict cache keeps partial credit: a class graded twice with the same cache folder gets
//! the same points from the warm run as from the cold one.

use super::{class, partial_credit_exercises, read};
use crate::support::{grader, repo_root, run};

#[test]
fn a_warm_verdict_cache_gives_the_same_partial_credit() {
    let exercises = partial_credit_exercises();
    let class = class(3, &exercises, "cy");
    let cache = class.base.join("cache");
    let total = || {
        let mut cmd = grader();
        cmd.current_dir(&class.base)
            .env("GRADER_CACHE_DIR", &cache)
            .args(["grade", "--report", "csv=out/class.csv", "--root"])
            .arg(repo_root())
            .arg("submissions/learner-00")
            .arg("submissions/learner-01")
            .arg("submissions/cy");
        for ex in &exercises {
            cmd.args(["--exercises", &ex.id]);
        }
        let r = run(&mut cmd);
        assert_eq!(r.code, 0, "{}", r.stderr);
        read(&class.base.join("out/class.csv"))
    };
    let cold = total();
    assert_eq!(total(), cold, "the warm run gives other points");
}
