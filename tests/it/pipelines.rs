//! Golden image pipelines (R-LIF-5): plan shows what apply does, apply is idempotent,
//! and plan's cost forecast matches `cost` after the same virtual time.
use crate::common;
use common::*;
use serde_json::Value;
use std::path::PathBuf;

fn example(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/pipelines")).join(name)
}

fn pipeline(w: &World, verb: &str, file: &PathBuf) -> Value {
    let out = w.command().args(["-o", "json", "pipeline", verb]).arg(file).output().unwrap();
    assert!(
        out.status.success(),
        "pipeline {verb}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn steps(v: &Value) -> Vec<(String, String, String, String)> {
    v["Actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let s = |k: &str| a[k].as_str().unwrap_or("").to_string();
            (s("Action"), s("Account"), s("Region"), s("Target"))
        })
        .collect()
}

#[test]
fn plan_changes_nothing_and_shows_what_apply_does() {
    let w = World::new();
    w.ok(&["clock", "show"]);
    let before = std::fs::read(&w.path).unwrap();
    let events = w.events();
    let plan = pipeline(&w, "plan", &example("golden-web.yaml"));
    assert_eq!(w.events(), events, "plan writes nothing, not even events");
    assert_eq!(before, std::fs::read(&w.path).unwrap());
    assert_eq!(plan["Refusals"], 0);
    assert!(plan["Actions"].as_array().unwrap().iter().all(|a| a["Outcome"] == "planned"), "{plan}");
    let apply = pipeline(&w, "apply", &example("golden-web.yaml"));
    assert_eq!(steps(&plan), steps(&apply));
    assert!(apply["Actions"].as_array().unwrap().iter().all(|a| a["Outcome"] == "done"));
    // 4 regions, 3 accounts: the owner's images, the partner's permission, the sandbox's copies.
    let name = apply["ImageName"].as_str().unwrap().to_string();
    for region in ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2"] {
        let filter = format!("Name=name,Values={name}");
        let owned = w.ok(&["describe", "--owners", "self", "--filter", &filter, "--region", region]);
        assert_eq!(owned["Images"].as_array().unwrap().len(), 1, "{region}");
        let img = &owned["Images"][0];
        assert!(img["Tags"].as_array().unwrap().iter().any(|t| t["Key"] == "Agents"), "agents recorded: {img}");
        let partner =
            w.ok(&["describe", "--owners", MAIN, "--filter", &filter, "--region", region, "--account", PARTNER]);
        assert_eq!(partner["Images"].as_array().unwrap().len(), 1, "shared in {region}");
        let sandbox =
            w.ok(&["describe", "--owners", "self", "--filter", &filter, "--region", region, "--account", SANDBOX]);
        assert_eq!(sandbox["Images"].as_array().unwrap().len(), 1, "copied into the sandbox in {region}");
    }
    // Lineage: base → golden → copies.
    let golden = w.ok(&["describe", "--owners", "self", "--filter", &format!("Name=name,Values={name}")])["Images"][0]
        ["ImageId"]
        .as_str()
        .unwrap()
        .to_string();
    let lineage = w.ok(&["lineage", &golden]);
    assert_eq!(lineage["Ancestors"][0]["ImageId"], plan["BaseImage"]);
    fn count(n: &Value) -> usize {
        n["Children"].as_array().map_or(0, |c| c.len() + c.iter().map(count).sum::<usize>())
    }
    assert_eq!(count(&lineage["Image"]), 3 + 4, "3 regional copies and 4 sandbox copies descend from it");
}

#[test]
fn apply_twice_changes_nothing_the_second_time() {
    let w = World::new();
    pipeline(&w, "apply", &example("golden-web.yaml"));
    let before = w.dump();
    let events = w.events();
    let again = pipeline(&w, "apply", &example("golden-web.yaml"));
    assert_eq!(again["Changed"], 0);
    assert!(again["Actions"].as_array().unwrap().iter().all(|a| a["Outcome"] == "exists"), "{again}");
    assert_eq!(before, w.dump());
    assert_eq!(events, w.events());
}

#[test]
fn plan_forecast_matches_cost_after_the_same_virtual_time() {
    let w = World::new();
    // Something of the world's own bills too: the forecast keeps it apart.
    w.image("already-here", &["--root-size", "100"]);
    let plan = pipeline(&w, "plan", &example("golden-web.yaml"));
    let (own, world) = (plan["Forecast"]["Total"].as_f64().unwrap(), plan["Forecast"]["WorldTotal"].as_f64().unwrap());
    assert!(own > 0.0 && world > own, "the pipeline's own {own}, the world's {world}");
    let lines = plan["Forecast"]["Lines"].as_array().unwrap();
    assert!(lines.iter().all(|l| l["ResourceId"].as_str().is_some_and(|r| !r.is_empty())), "{lines:?}");
    assert!((lines.iter().map(|l| l["Amount"].as_f64().unwrap()).sum::<f64>() - own).abs() < 1e-9);
    pipeline(&w, "apply", &example("golden-web.yaml"));
    let to = plan["Forecast"]["To"].as_str().unwrap();
    let now = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let secs = |t: &str| amisim::clock::parse(t).unwrap();
    w.ok(&["clock", "advance", &format!("{}s", secs(to) - secs(&now))]);
    let from = plan["Forecast"]["From"].as_str().unwrap();
    let cost = w.ok(&["cost", "--all-accounts", "--by", "account", "--since", from, "--until", to]);
    assert!((cost["Total"].as_f64().unwrap() - world).abs() < 1e-9, "{cost} vs {}", plan["Forecast"]);
    // The pipeline's own share, account by account, is below what each account pays.
    for line in plan["Forecast"]["ByAccount"].as_array().unwrap() {
        let paid = cost["Lines"].as_array().unwrap().iter().find(|l| l["AccountId"] == line["AccountId"]).unwrap();
        assert!(line["Amount"].as_f64().unwrap() <= paid["Amount"].as_f64().unwrap() + 1e-9, "{line} vs {paid}");
    }
}

#[test]
fn r_cost_5_cost_forecast_of_a_plan() {
    let w = World::new();
    let plan = pipeline(&w, "plan", &example("golden-web.yaml"));
    let forecast = w.ok(&["cost", "--forecast", example("golden-web.yaml").to_str().unwrap()]);
    assert_eq!(forecast["Total"], plan["Forecast"]["Total"]);
    assert!(forecast["ByCause"].as_array().unwrap().iter().any(|c| c["Cause"] == "data-transfer"));
    assert_eq!(
        w.ok(&["describe", "--owners", "self"])["Images"].as_array().unwrap().len(),
        0,
        "a forecast changes nothing"
    );
}

#[test]
fn plan_foresees_refusals_and_strict_fails() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.yaml");
    // aws/ebs-encrypted copies cannot be shared (R-SHR-4); a name clash (R-IMG-2).
    std::fs::write(
        &file,
        "kind: pipeline\nname: risky\nbase:\n  name: al2023-ami-*-x86_64\nbuild:\n  image_name: taken\ndistribution:\n  regions:\n    - region: eu-west-1\n      kms_key: alias/aws/ebs\n  share_with: ['222233334444']\n",
    )
    .unwrap();
    let plan = pipeline(&w, "plan", &file);
    let refused: Vec<&Value> =
        plan["Actions"].as_array().unwrap().iter().filter(|a| a["Outcome"] == "refused").collect();
    assert_eq!(refused.len(), 1, "{plan}");
    assert_eq!(refused[0]["Code"], "InvalidParameter");
    let out = w.command().args(["pipeline", "plan", "--strict"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(254));
    w.image("taken", &["--region", "us-east-1"]);
    let plan = pipeline(&w, "plan", &file);
    assert_eq!(
        plan["Actions"].as_array().unwrap().iter().find(|a| a["Outcome"] == "refused").unwrap()["Code"],
        "InvalidAMIName.Duplicate"
    );
    let out = w.command().args(["pipeline", "apply"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(254), "apply stops at the first refusal");
}

#[test]
fn lifecycle_ages_out_older_builds() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.yaml");
    let body = |step: &str| {
        format!("kind: pipeline\nname: aging\nbase:\n  name: al2023-ami-*-x86_64\nbuild:\n  steps: ['{step}']\nlifecycle:\n  keep_last: 2\n  disable_after: 20d\n  deprecate_after: 10d\n")
    };
    for (n, step) in ["patch 1", "patch 2", "patch 3"].iter().enumerate() {
        std::fs::write(&file, body(step)).unwrap();
        pipeline(&w, "apply", &file);
        if n < 2 {
            w.ok(&["clock", "advance", "25d"]);
        }
    }
    let mine = w.ok(&["describe", "--owners", "self", "--include-disabled", "--include-deprecated"]);
    let states: Vec<&str> = mine["Images"].as_array().unwrap().iter().map(|i| i["State"].as_str().unwrap()).collect();
    assert_eq!(
        states,
        vec!["disabled", "available"],
        "the oldest beyond the last 2 went, the 2nd (25 days old) is disabled: {mine}"
    );
}

#[test]
fn every_example_pipeline_plans_and_applies() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/pipelines"));
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if std::fs::read_to_string(&p).unwrap().lines().any(|l| l.trim() == "kind: pipeline") {
            let w = World::new();
            let plan = pipeline(&w, "plan", &p);
            assert_eq!(plan["Refusals"], 0, "{}: {plan}", p.display());
            pipeline(&w, "apply", &p);
            n += 1;
        }
    }
    assert!(n >= 2);
}

#[test]
fn a_bad_pipeline_file_is_configuration() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.yaml");
    std::fs::write(&file, "kind: pipeline\nname: x\nbase:\n  name: a*\ndistribution:\n  regoins: []\n").unwrap();
    let out = w.command().args(["pipeline", "plan"]).arg(&file).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(253), "{err}");
    assert!(err.contains("bad.yaml") && err.contains("regoins") && err.contains("line 6"), "{err}");
}

/// Like every other command, `pipeline plan` prints JSON when its output is
/// not a terminal (issue 19 item 7), and the summary with `-o text`.
#[test]
fn pipeline_plan_prints_json_when_piped() {
    let w = World::new();
    w.ok(&["init"]);
    let out = w.command().args(["pipeline", "plan"]).arg(example("golden-web.yaml")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON when piped");
    assert!(v["Actions"].as_array().is_some_and(|a| !a.is_empty()), "{v}");
    let out = w.command().args(["-o", "text", "pipeline", "plan"]).arg(example("golden-web.yaml")).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("pipeline golden-web (revision "));
}
