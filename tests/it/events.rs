//! Events match what happened (R-EVT-1, issue 12 item 6): the operation and its
//! parameters agree, parameters carry AWS's field names and nothing internal,
//! the time is the call's, and each event names the resources it was about.
use crate::common;
use common::*;
use serde_json::json;

/// The last event of an operation, as `events -o json` shows it.
fn last(w: &World, op: &str) -> serde_json::Value {
    let e = w.ok(&["events", "--all-accounts", "--op", op]);
    e["Events"].as_array().unwrap().last().unwrap_or_else(|| panic!("no {op} event: {e}")).clone()
}

#[test]
fn r_evt_1_parameters_use_aws_names_and_resources_name_what_the_call_made() {
    let w = World::new();
    let id = w.image("web", &["--root-size", "10", "--volume", "/dev/sdb=20", "--encrypted"]);
    let reg = last(&w, "RegisterImage");
    assert_eq!(
        reg["Parameters"],
        json!({
            "Name": "web",
            "RootDeviceName": "/dev/xvda",
            "BlockDeviceMappings": [
                { "DeviceName": "/dev/xvda", "Ebs": { "VolumeSize": 10, "Encrypted": true } },
                { "DeviceName": "/dev/sdb", "Ebs": { "VolumeSize": 20, "Encrypted": true } }
            ]
        }),
        "RegisterImage's own parameters, no CreateImage or --wait fields"
    );
    assert_eq!(reg["Resources"], json!([id]));
    assert_eq!(reg["EventTime"], "2026-01-01T00:00:00.000Z", "the call's time, not the time --wait reached");

    let plain = w.image("plain", &[]);
    let run = w.ok(&["launch", &plain, "--count", "2", "--root-size", "12", "--wait"]);
    let instances: Vec<&str> =
        run["Instances"].as_array().unwrap().iter().map(|i| i["InstanceId"].as_str().unwrap()).collect();
    let e = last(&w, "RunInstances");
    assert_eq!(
        e["Parameters"],
        json!({ "ImageId": plain, "MinCount": 2, "MaxCount": 2, "BlockDeviceMappings": [{ "Ebs": { "VolumeSize": 12 } }] })
    );
    assert_eq!(e["Resources"], json!([instances[0], instances[1], plain]));

    w.ok(&["instances", "stop", instances[0]]);
    assert_eq!(last(&w, "StopInstances")["Parameters"], json!({ "InstanceIds": [instances[0]] }), "no Action field");

    let copy = w.id(
        &[
            "copy",
            "--source-image-id",
            &plain,
            "--source-region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "--name",
            "p-eu",
            "--no-encrypted",
            "--copy-tags",
        ],
        "ImageId",
    );
    let e = last(&w, "CopyImage");
    assert_eq!(
        e["Parameters"],
        json!({ "SourceImageId": plain, "SourceRegion": "us-east-1", "Name": "p-eu", "Encrypted": false, "CopyImageTags": true })
    );
    assert_eq!(e["Resources"], json!([copy, plain]));

    w.ok(&["share", &plain, "--add", PARTNER, "--with-snapshots"]);
    assert_eq!(
        last(&w, "ModifyImageAttribute")["Parameters"],
        json!({ "ImageId": plain, "LaunchPermission": { "Add": [{ "UserId": PARTNER }] }, "WithSnapshots": true })
    );
    let snap = w.snapshots_of(&plain, &[])[0].clone();
    w.ok(&["snapshots", "share", &snap, "--remove", PARTNER]);
    assert_eq!(
        last(&w, "ModifySnapshotAttribute")["Parameters"],
        json!({ "SnapshotId": snap, "CreateVolumePermission": { "Remove": [{ "UserId": PARTNER }] } })
    );
    w.ok(&["deprecate", &plain, "--in", "30d"]);
    let now = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let e = last(&w, "EnableImageDeprecation");
    assert_eq!(e["Parameters"]["ImageId"], plain.as_str());
    let at = e["Parameters"]["DeprecateAt"].as_str().unwrap();
    assert!(at > now.as_str() && at.starts_with("2026-01-3"), "--in 30d is resolved at the call's time: {at}");
    w.ok(&["tag", &plain, "--remove", "team"]);
    assert_eq!(last(&w, "DeleteTags")["Parameters"], json!({ "Resources": [plain], "Tags": [{ "Key": "team" }] }));

    // Refused calls name what they were about too, and `--resource` finds every call about one image.
    w.refused(&["deregister", &plain, "--account", PARTNER], "AuthFailure");
    let about = w.ok(&["events", "--all-accounts", "--resource", &plain]);
    let ops: Vec<&str> = about["Events"].as_array().unwrap().iter().map(|e| e["Operation"].as_str().unwrap()).collect();
    assert_eq!(
        ops,
        [
            "RegisterImage",
            "RunInstances",
            "CopyImage",
            "ModifyImageAttribute",
            "EnableImageDeprecation",
            "DeleteTags",
            "DeregisterImage"
        ]
    );
}

#[test]
fn r_evt_1_the_events_table_shows_the_resource() {
    let w = World::new();
    let id = w.image("web", &[]);
    let out = w.command().args(["-o", "table", "events"]).output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let header = table.lines().nth(1).unwrap();
    assert!(header.contains("Resources"), "{table}");
    let row = table.lines().find(|l| l.contains("RegisterImage")).unwrap();
    assert!(row.contains(&id), "{table}");
}
