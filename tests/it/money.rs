//! R-COST-1..5 and R-MKT-2: the ledger and the cost report.
use crate::common;
use common::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn cause(report: &serde_json::Value, cause: &str) -> f64 {
    report["ByCause"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["Cause"] == cause)
        .map(|c| c["Amount"].as_f64().unwrap())
        .unwrap_or(0.0)
}

#[test]
fn r_cost_2_3_an_image_copied_to_two_regions_for_30_days() {
    let w = World::new();
    let src = w.image("web", &[]);
    let t0 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    // Copies start billing storage when made; all three exist from t0.
    w.ok(&[
        "copy",
        "--source-image-id",
        &src,
        "--source-region",
        "us-east-1",
        "--region",
        "eu-west-1",
        "--name",
        "web",
    ]);
    w.ok(&[
        "copy",
        "--source-image-id",
        &src,
        "--source-region",
        "us-east-1",
        "--region",
        "ap-south-1",
        "--name",
        "web",
    ]);
    w.ok(&["clock", "advance", "30d"]);
    let t30 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let r = w.ok(&["cost", "--since", &t0, "--until", &t30]);
    assert!(close(cause(&r, "snapshot-storage"), 3.0 * 8.0 * 0.05 * 720.0 / 730.0), "{r}");
    assert!(close(cause(&r, "data-transfer"), 2.0 * 8.0 * 0.02), "{r}");
    assert!(close(r["Total"].as_f64().unwrap(), 3.0 * 8.0 * 0.05 * 720.0 / 730.0 + 2.0 * 8.0 * 0.02));
    // R-COST-1: creating and copying cost nothing as operations — no other causes.
    assert_eq!(r["ByCause"].as_array().unwrap().len(), 2);
    // After deregister without deleting snapshots, storage keeps accruing, and the report names them.
    w.ok(&["deregister", &src]);
    w.ok(&["clock", "advance", "30d"]);
    let t60 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let later = w.ok(&["cost", "--since", &t30, "--until", &t60]);
    assert!(close(cause(&later, "snapshot-storage"), 3.0 * 8.0 * 0.05 * 720.0 / 730.0), "{later}");
    let orphans = later["OrphanedSnapshots"].as_array().unwrap();
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0]["FormerImage"], src.as_str());
    assert_eq!(
        orphans[0]["SnapshotId"],
        w.ok(&["snapshots", "list", "--owners", "self"])["Snapshots"][0]["SnapshotId"]
    );
}

#[test]
fn r_cost_3_cross_account_copy_bills_transfer_to_the_source_owner_and_storage_to_the_copier() {
    let w = World::new();
    let src = w.image("web", &[]);
    w.ok(&["share", &src, "--add", PARTNER, "--with-snapshots"]);
    let t0 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    w.ok(&[
        "copy",
        "--source-image-id",
        &src,
        "--source-region",
        "us-east-1",
        "--region",
        "eu-west-1",
        "--name",
        "theirs",
        "--account",
        PARTNER,
    ]);
    w.ok(&["clock", "advance", "73h"]);
    let t1 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let owner = w.ok(&["cost", "--since", &t0, "--until", &t1]);
    let copier = w.ok(&["cost", "--since", &t0, "--until", &t1, "--account", PARTNER]);
    assert!(close(cause(&owner, "data-transfer"), 8.0 * 0.02), "{owner}");
    assert!(close(cause(&copier, "data-transfer"), 0.0), "{copier}");
    assert!(close(cause(&copier, "snapshot-storage"), 8.0 * 0.05 * 73.0 / 730.0), "{copier}");
    let all = w.ok(&["cost", "--all-accounts", "--by", "account", "--since", &t0, "--until", &t1]);
    assert_eq!(all["Lines"].as_array().unwrap().len(), 2);
    // By account the causes mix, so no row has a quantity; by cause every row has one (issue 19).
    for line in all["Lines"].as_array().unwrap() {
        assert!(line.get("Quantity").is_none() && line.get("Unit").is_none(), "{line}");
    }
    let by_cause = w.ok(&["cost", "--all-accounts", "--by", "cause", "--since", &t0, "--until", &t1]);
    for line in by_cause["Lines"].as_array().unwrap() {
        assert!(line["Quantity"].is_number() && line["Unit"].is_string(), "{line}");
    }
}

#[test]
fn r_cost_4_software_fees_and_r_mkt_2_selling() {
    let w = World::new();
    let win = w.catalog("amazon", "Windows_Server", "us-east-1");
    let t0 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let i = w.ok(&["launch", &win, "--count", "2"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    w.ok(&["clock", "advance", "10h"]);
    w.ok(&["instances", "stop", &i]);
    w.ok(&["clock", "advance", "10h"]);
    let r = w.ok(&["cost", "--since", &t0]);
    assert!(close(cause(&r, "software-fee"), 0.0092 * (10.0 + 20.0)), "one instance 10 h, one 20 h: {r}");

    // Selling: publish, a buyer subscribes and launches, the seller earns.
    let mine = w.image("acme-tool", &[]);
    let code = w.id(&["marketplace", "publish", &mine, "--price", "0.5"], "ProductCode");
    w.refused(&["launch", &mine, "--account", PARTNER], "OptInRequired");
    w.ok(&["marketplace", "subscribe", &code, "--account", PARTNER]);
    let t1 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    w.ok(&["launch", &mine, "--account", PARTNER]);
    w.ok(&["clock", "advance", "4h"]);
    let buyer = w.ok(&["cost", "--since", &t1, "--account", PARTNER]);
    assert!(close(cause(&buyer, "software-fee"), 2.0), "{buyer}");
    let seller = w.ok(&["cost", "--since", &t1]);
    assert!(close(cause(&seller, "software-revenue"), -2.0), "{seller}");
    // Another account cannot copy a product (R-CPY-6), nor can it be sold twice.
    w.refused(
        &["copy", "--source-image-id", &mine, "--source-region", "us-east-1", "--name", "stolen", "--account", PARTNER],
        "InvalidRequest",
    );
    w.refused(&["marketplace", "publish", &mine, "--price", "1"], "OperationNotPermitted");
    w.refused(&["marketplace", "publish", &win, "--price", "1"], "AuthFailure");
    let enc = w.image("enc", &["--encrypted"]);
    w.refused(&["marketplace", "publish", &enc, "--price", "1"], "OperationNotPermitted");
    w.refused(&["marketplace", "publish", &enc, "--price", "0"], "InvalidParameterValue");
}

#[test]
fn r_img_8_archive_costs_and_the_90_day_minimum() {
    let w = World::new();
    let id = w.image("cold", &["--root-size", "100"]);
    let snap = w.snapshots_of(&id, &[])[0].clone();
    w.ok(&["deregister", &id]);
    let t0 = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    w.ok(&["snapshots", "archive", &snap]);
    w.ok(&["clock", "advance", "30d"]);
    w.ok(&["snapshots", "delete", &snap]);
    w.ok(&["clock", "advance", "1d"]);
    let r = w.ok(&["cost", "--since", &t0]);
    // Billed for 90 days of archive though deleted after 30.
    assert!(close(cause(&r, "archive-storage"), 100.0 * 0.0125 * 90.0 * 24.0 / 730.0), "{r}");
    assert!(close(cause(&r, "snapshot-storage"), 0.0), "{r}");
}

#[test]
fn r_evt_1_events_command_filters() {
    let w = World::new();
    let id = w.image("web", &[]);
    w.refused(&["launch", &id, "--account", PARTNER], "AuthFailure");
    let mine = w.ok(&["events"]);
    assert!(mine["Events"].as_array().unwrap().iter().all(|e| e["AccountId"] == MAIN));
    let errors = w.ok(&["events", "--all-accounts", "--outcome", "error"]);
    assert_eq!(errors["Events"][0]["ErrorCode"], "AuthFailure");
    // Parameters carry AWS field names, only what was given, nothing internal.
    assert_eq!(errors["Events"][0]["Parameters"], serde_json::json!({ "ImageId": id, "MinCount": 1, "MaxCount": 1 }));
    assert_eq!(errors["Events"][0]["Resources"], serde_json::json!([id]), "a refusal names what it was about");
    assert_eq!(errors["Events"][0]["Source"], "cli");
    let created = w.ok(&["events", "--op", "RegisterImage"]);
    assert_eq!(created["Events"].as_array().unwrap().len(), 1);
    assert_eq!(
        created["Events"][0]["Parameters"],
        serde_json::json!({ "Name": "web" }),
        "no CreateImage or --wait fields"
    );
    // The event's time is the call's, not the time --wait advanced the clock to.
    assert_eq!(created["Events"][0]["EventTime"], "2026-01-01T00:00:00.000Z");
    assert_eq!(w.ok(&["events", "--limit", "1"])["Events"].as_array().unwrap().len(), 1);
    let n = w.events();
    w.ok(&["events"]);
    w.ok(&["cost"]);
    assert_eq!(w.events(), n, "reading events and costs writes nothing");
}

#[test]
fn lineage_across_regions_and_accounts() {
    let w = World::new();
    let al = w.catalog("amazon", "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64", "us-east-1");
    let i = w.ok(&["launch", &al, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let golden = w.image("golden", &["--instance-id", &i]);
    let eu = w.id(
        &[
            "copy",
            "--source-image-id",
            &golden,
            "--source-region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "--name",
            "golden",
            "--encrypted",
            "--wait",
        ],
        "ImageId",
    );
    w.ok(&["share", &golden, "--add", PARTNER, "--with-snapshots"]);
    let theirs = w.id(
        &[
            "copy",
            "--source-image-id",
            &golden,
            "--source-region",
            "us-east-1",
            "--name",
            "golden-p",
            "--account",
            PARTNER,
            "--wait",
        ],
        "ImageId",
    );
    let v = w.ok(&["lineage", &golden]);
    assert_eq!(v["Ancestors"][0]["ImageId"], al.as_str());
    assert_eq!(v["Image"]["Relation"], "created-from-instance-of");
    let kids: Vec<&str> =
        v["Image"]["Children"].as_array().unwrap().iter().map(|c| c["ImageId"].as_str().unwrap()).collect();
    assert_eq!(kids, vec![eu.as_str(), theirs.as_str()]);
    assert_eq!(v["Image"]["Children"][0]["Encrypted"], true);
    assert_eq!(v["Image"]["Children"][1]["OwnerId"], PARTNER);
    let tree = w.command().args(["-o", "table", "lineage", &eu]).output().unwrap();
    let tree = String::from_utf8(tree.stdout).unwrap();
    assert!(tree.contains(&golden) && tree.contains("◀"), "{tree}");
}
