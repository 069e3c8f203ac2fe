//! Drills: every example runs and passes (CI runs them through this test), and the
//! runner's failure reporting, JUnit output and file errors.
use crate::common;
use common::*;
use std::path::{Path, PathBuf};

fn yaml_files(kind: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                let text = std::fs::read_to_string(&p).unwrap();
                if text.lines().any(|l| l.trim() == format!("kind: {kind}")) {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    out
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn every_example_drill_passes() {
    let files = yaml_files("drill");
    assert!(files.len() >= 6, "at least six example drills: {files:?}");
    let w = World::new();
    let out = w.command().arg("drill").arg("run").args(&files).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.trim_end().ends_with(" passed, 0 failed"), "{stdout}");
    assert!(!w.path.exists(), "drills run on their own worlds, never the default state");
}

#[test]
fn failures_show_the_first_difference_and_exit_1_with_junit() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let drill = write(
        dir.path(),
        "d.yaml",
        "kind: drill\nname: demo <&>\nsteps:\n  - run: create --name web --wait\n    save: WEB = ImageId\n  - run: describe ${WEB}\n    expect:\n      query: Images[0].State\n      equals: pending\n  - run: launch ${WEB}\n    as: '222233334444'\n    expect:\n      error: AuthFailure\n  - run: launch ${WEB}\n    expect:\n      error: AuthFailure\n  - run: describe ${NOPE}\n",
    );
    let junit = dir.path().join("report.xml");
    let out = w.command().args(["drill", "run"]).arg(&drill).arg("--junit").arg(&junit).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("✓  1.") && stdout.contains("✗  2."), "{stdout}");
    assert!(stdout.contains("Images[0].State: expected \"pending\", got \"available\""), "{stdout}");
    assert!(stdout.contains("expected error AuthFailure, got success"), "{stdout}");
    assert!(stdout.contains("undefined variable ${NOPE}"), "{stdout}");
    assert!(stdout.trim_end().ends_with("2 passed, 3 failed"), "{stdout}");
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(xml.contains("<testsuites name=\"amisim drills\" tests=\"5\" failures=\"3\">"), "{xml}");
    assert!(xml.contains("name=\"demo &lt;&amp;&gt;\""), "{xml}");
    assert_eq!(xml.matches("<failure ").count(), 3);
}

#[test]
fn json_output_and_keep_state() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let drill = write(
        dir.path(),
        "d.yaml",
        "kind: drill\nname: keep\nsetup:\n  seed: 3\n  clock: 2d\nsteps:\n  - run: create --name kept --wait\n",
    );
    let kept = dir.path().join("kept.db");
    let out =
        w.command().args(["-o", "json", "drill", "run"]).arg(&drill).arg("--keep-state").arg(&kept).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["Passed"], 1);
    let world = World::at(kept);
    assert_eq!(world.ok(&["describe", "--owners", "self"])["Images"][0]["Name"], "kept");
    assert!(world.ok(&["clock", "show"])["Now"].as_str().unwrap().starts_with("2026-01-03"));
}

#[test]
fn a_bad_drill_file_names_file_line_and_field() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let drill = write(dir.path(), "bad.yaml", "kind: drill\nname: bad\nsteps:\n  - run: describe\n    expct: ok\n");
    let out = w.command().args(["drill", "run"]).arg(&drill).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(253), "{stderr}");
    assert!(stderr.contains("bad.yaml") && stderr.contains("line 5") && stderr.contains("expct"), "{stderr}");
    let missing = w.command().args(["drill", "run", "/no/such/file.yaml"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(255));
}

#[test]
fn steps_do_not_inherit_the_callers_environment() {
    let dir = tempfile::tempdir().unwrap();
    let drill = write(dir.path(), "env.yaml", "kind: drill\nname: env\nsteps:\n  - run: clock show\n  - run: describe --owners self\n    expect:\n      query: length(Images)\n      equals: 0\n");
    let w = World::new();
    let out = w
        .command()
        .env("AMISIM_ACCOUNT", "999999999999")
        .env("AMISIM_REGION", "eu-west-1")
        .args(["drill", "run"])
        .arg(&drill)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}

/// A step whose command line does not parse shows the whole usage error:
/// the missing argument is on its second line (issue 19 item 6).
#[test]
fn a_usage_error_in_a_step_is_shown_whole() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let drill = write(
        dir.path(),
        "usage.yaml",
        "kind: drill\nname: usage\nsteps:\n  - run: copy --source-image-id ami-0123456789abcdef0 --name x\n",
    );
    let out = w.command().args(["drill", "run"]).arg(&drill).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("expected success, got Usage: error: the following required arguments were not provided:"));
    assert!(stdout.contains("\n          --source-region <REGION>\n"), "{stdout}");
    assert!(stdout.contains("Usage: amisim copy --source-image-id <AMI> --source-region <REGION> --name <NAME>"));
}

/// README's drill reference, every field in it, runs and passes as written.
#[test]
fn readme_drill_reference_runs_as_written() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let from = readme.find("Every field of a drill file").expect("README's drill reference");
    let block = readme[from..].split("```yaml\n").nth(1).unwrap().split("\n```").next().unwrap();
    assert!(block.starts_with("kind: drill"), "{block}");
    for field in [
        "name:",
        "description:",
        "setup:",
        "seed:",
        "clock:",
        "accounts:",
        "keys:",
        "block_public_access:",
        "subscriptions:",
        "steps:",
        "run:",
        "save:",
        "as:",
        "region:",
        "expect:",
        "error:",
        "query:",
        "equals:",
        "contains:",
        "inject:",
    ] {
        assert!(block.contains(field), "README's drill reference lacks {field}");
    }
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let drill = write(dir.path(), "reference.yaml", &format!("{block}\n"));
    let out = w.command().args(["drill", "run"]).arg(&drill).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.trim_end().ends_with("4 passed, 0 failed"), "{stdout}");
}
