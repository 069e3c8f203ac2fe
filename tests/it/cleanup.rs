//! cleanup: the reason each image is kept or removed, the snapshots that go, the saving.
use crate::common;
use common::*;
use serde_json::Value;

fn find<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["Candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["ResourceId"] == id)
        .unwrap_or_else(|| panic!("{id} not in {v}"))
}

#[test]
fn keep_and_remove_reasons_then_apply() {
    let w = World::new();
    let old = w.image("app-v1", &["--root-size", "10"]);
    let shared = w.image("app-v2", &[]);
    let protected = w.image("app-v3", &[]);
    let tagged = w.image("app-v4", &["--tag", "keep=true"]);
    let used = w.image("app-v5", &[]);
    let newest = w.image("app-v6", &[]);
    w.ok(&["share", &shared, "--add", PARTNER]);
    w.ok(&["protect", &protected]);
    w.ok(&["launch", &used, "--account", MAIN]);
    w.ok(&["clock", "advance", "40d"]);
    let before = w.dump();
    let plan = w.ok(&["cleanup", "--keep-last", "1", "--older-than", "30d", "--exclude-tag", "keep=true"]);
    assert_eq!(find(&plan, &old)["Action"], "remove");
    assert_eq!(find(&plan, &old)["Snapshots"].as_array().unwrap().len(), 1);
    assert!((find(&plan, &old)["MonthlySaving"].as_f64().unwrap() - 0.5).abs() < 1e-9);
    assert_eq!(find(&plan, &shared)["Reasons"][0], "shared with other accounts");
    assert!(find(&plan, &protected)["Reasons"][0].as_str().unwrap().starts_with("protected"));
    assert_eq!(find(&plan, &tagged)["Reasons"][0], "excluded by tag keep=true");
    assert_eq!(find(&plan, &used)["Reasons"][0], "in use by 1 instance(s)");
    assert_eq!(find(&plan, &newest)["Reasons"][0], "one of the newest 1 of app");
    assert_eq!(before, w.dump(), "planning changed nothing");
    let applied =
        w.ok(&["cleanup", "--keep-last", "1", "--older-than", "30d", "--exclude-tag", "keep=true", "--apply"]);
    assert_eq!(applied["Applied"], true);
    // R-ID-2: gone, though describe by ID answers an empty list for an hour.
    assert_eq!(w.ok(&["describe", &old])["Images"], serde_json::json!([]));
    w.ok(&["clock", "advance", "61m"]);
    w.refused(&["describe", &old], "InvalidAMIID.NotFound");
    for kept in [&shared, &protected, &tagged, &used, &newest] {
        w.describe_one(kept, &[]);
    }
    w.refused(&["cleanup"], "MissingParameter");
    let again = w.ok(&["cleanup", "--keep-last", "1", "--older-than", "30d", "--exclude-tag", "keep=true"]);
    assert_eq!(again["MonthlySaving"], 0.0);
}
