//! R-SHR-6 visibility and filters; R-ID-2..4 IDs, accounts and regions.
use crate::common;
use common::*;

fn ids(v: &serde_json::Value) -> Vec<String> {
    v["Images"].as_array().unwrap().iter().map(|i| i["ImageId"].as_str().unwrap().to_string()).collect()
}

#[test]
fn r_shr_6_visibility_own_shared_public() {
    let w = World::new();
    let mine = w.image("mine", &[]);
    let shared = w.image("shared", &["--account", PARTNER]);
    let hidden = w.image("hidden", &["--account", PARTNER]);
    w.ok(&["share", &shared, "--add", MAIN, "--account", PARTNER]);
    let all = ids(&w.ok(&["describe"]));
    assert!(all.contains(&mine) && all.contains(&shared) && !all.contains(&hidden));
    assert_eq!(all.len(), 2 + 6, "own + shared + the 6 public catalog images: {all:?}");
    assert_eq!(ids(&w.ok(&["describe", "--owners", "self"])), vec![mine.clone()]);
    assert_eq!(ids(&w.ok(&["describe", "--owners", PARTNER])), vec![shared.clone()]);
    assert_eq!(ids(&w.ok(&["describe", "--executable-users", "self"])), vec![shared.clone()]);
    assert_eq!(ids(&w.ok(&["describe", "--owners", "amazon"])).len(), 3);
    assert_eq!(ids(&w.ok(&["describe", "--owners", "aws-marketplace"])).len(), 1);
    assert_eq!(ids(&w.ok(&["describe", "--executable-users", "all"])).len(), 6);
    w.ok(&["share", &mine, "--add", SANDBOX]);
    assert_eq!(ids(&w.ok(&["describe", "--owners", "self", "--executable-users", SANDBOX])), vec![mine.clone()]);
    // By ID: an image the caller may not see does not exist for it.
    w.refused(&["describe", &hidden], "InvalidAMIID.NotFound");
    assert_eq!(ids(&w.ok(&["describe", &hidden, "--account", PARTNER])), vec![hidden]);
    w.refused(&["describe", "--owners", "someone"], "InvalidUserID.Malformed");
    w.refused(&["describe", "--executable-users", "x"], "InvalidUserID.Malformed");
}

#[test]
fn r_shr_6_filters_with_wildcards() {
    let w = World::new();
    let a = w.image("web-v1", &["--tag", "team=web"]);
    let b = w.image("web-v2", &["--architecture", "arm64"]);
    let c = w.image("db-v1", &[]);
    let f = |v: &[&str]| {
        let mut args = vec!["describe", "--owners", "self"];
        for x in v {
            args.push("--filter");
            args.push(x);
        }
        ids(&w.ok(&args))
    };
    assert_eq!(f(&["Name=name,Values=web-*"]), vec![a.clone(), b.clone()]);
    assert_eq!(f(&["Name=name,Values=web-v?"]), vec![a.clone(), b.clone()]);
    assert_eq!(f(&["Name=name,Values=web-v1,db-*"]), vec![a.clone(), c.clone()]);
    assert_eq!(f(&["Name=name,Values=*-v1"]), vec![a.clone(), c.clone()]);
    assert_eq!(f(&["Name=name,Values=web-*", "Name=architecture,Values=arm64"]), vec![b.clone()]);
    assert_eq!(f(&["Name=tag:team,Values=web"]), vec![a.clone()]);
    assert_eq!(f(&["Name=tag-key,Values=team"]), vec![a.clone()]);
    assert_eq!(f(&["name=state,values=available"]).len(), 3);
    assert_eq!(f(&["Name=is-public,Values=false"]).len(), 3);
    assert_eq!(ids(&w.ok(&["describe", "--filter", "Name=platform,Values=windows"])).len(), 1);
    assert_eq!(ids(&w.ok(&["describe", "--filter", "Name=owner-alias,Values=amazon"])).len(), 3);
    let err = w.refused(&["describe", "--filter", "Name=colour,Values=red"], "InvalidParameterValue");
    assert!(err.contains("The filter 'colour' is invalid"), "{err}");
    w.refused(&["describe", "--filter", "Name=name"], "InvalidParameterValue");
    w.refused(&["describe", "--filter", "web-*"], "InvalidParameterValue");
    w.refused(&["snapshots", "list", "--filter", "Name=name,Values=x"], "InvalidParameterValue");
    let snaps = w.ok(&["snapshots", "list", "--filter", "Name=volume-size,Values=8"]);
    assert_eq!(snaps["Snapshots"].as_array().unwrap().len(), 3);
}

#[test]
fn r_shr_6_all_regions() {
    let w = World::new();
    let us = w.image("web", &[]);
    let eu = w.image("web", &["--region", "eu-west-1"]);
    assert_eq!(ids(&w.ok(&["describe", "--owners", "self", "--all-regions"])), vec![us.clone(), eu.clone()]);
    assert_eq!(ids(&w.ok(&["describe", &eu, "--all-regions"])), vec![eu.clone()]);
    let err = w.refused(&["describe", &eu], "InvalidAMIID.NotFound");
    assert!(err.contains("--all-regions"), "{err}");
}

#[test]
fn r_id_1_ids_are_deterministic_and_seeded() {
    let (a, b) = (World::new(), World::new());
    assert_eq!(a.image("x1x", &[]), b.image("x1x", &[]));
    let c = World::new();
    c.ok(&["init", "--seed", "7"]);
    let seeded = c.image("x1x", &[]);
    assert_ne!(seeded, a.image("x2x", &[]));
    assert!(seeded.len() == 21 && seeded.starts_with("ami-0"), "{seeded}");
}

#[test]
fn r_id_2_malformed_and_not_found() {
    let w = World::new();
    w.ok(&["clock", "show"]);
    w.refused(&["describe", "ami-12345"], "InvalidAMIID.Malformed");
    w.refused(&["describe", "AMI-0123456789abcdef0"], "InvalidAMIID.Malformed");
    w.refused(&["describe", "ami-12345678"], "InvalidAMIID.NotFound");
    w.refused(&["describe", "ami-0123456789abcdef0"], "InvalidAMIID.NotFound");
}

#[test]
fn r_id_3_accounts() {
    let w = World::new();
    let v = w.ok(&["accounts", "list"]);
    let list = v["Accounts"].as_array().unwrap();
    assert!(list.iter().any(|a| a["AccountId"] == "137112412989" && a["System"] == true));
    assert_eq!(list.iter().filter(|a| a["System"] == false).count(), 3);
    w.refused(&["describe", "--account", "137112412989"], "AuthFailure");
    w.refused(&["describe", "--account", "999999999999"], "AuthFailure");
    w.refused(&["create", "--name", "abc", "--account", "nobody"], "AuthFailure");
    let created = w.ok(&["accounts", "create", "--id", "444455556666", "--name", "audit"]);
    assert_eq!(created["Accounts"][0]["AccountId"], "444455556666");
    w.ok(&["create", "--name", "abc", "--account", "444455556666", "--encrypted"]);
    w.refused(&["accounts", "create", "--id", "444455556666"], "InvalidParameterValue");
    w.refused(&["accounts", "create", "--id", "12"], "InvalidParameterValue");
    let generated = w.ok(&["accounts", "create"]);
    assert_eq!(generated["Accounts"][0]["AccountId"].as_str().unwrap().len(), 12);
}

#[test]
fn r_id_4_unknown_region_is_configuration() {
    let w = World::new();
    w.ok(&["clock", "show"]);
    let r = w.run(&["describe", "--region", "mars-1"]);
    assert_eq!(r.code, 253);
    // R-ID-4's line, then the closest real region (issue 12).
    let line = "amisim: Invalid region: mars-1 (the closest region is ca-west-1; every region: amisim regions)";
    assert_eq!(r.stderr.trim(), line);
    let r = w.run(&["copy", "--source-image-id", "ami-12345678", "--source-region", "mars-1", "--name", "abc"]);
    assert_eq!((r.code, r.stderr.trim()), (253, line));
    // Every commercial region has the catalog.
    for region in ["ap-southeast-2", "sa-east-1", "ca-central-1", "eu-north-1"] {
        assert_eq!(ids(&w.ok(&["describe", "--region", region])).len(), 6, "{region}");
    }
}
