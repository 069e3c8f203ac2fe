//! One world, two front ends (README, "Use your real tools"): the same scenario through the CLI and
//! through the API gives the same world, row for row; and the server and CLI
//! writers share one state file at the same time.
use crate::common;
use common::serve::{ok, Served};
use common::*;

/// register → copy encrypted to eu-west-1 → share with the partner and the
/// storage → tag → launch 2 → deprecate → protect, with the clock moved by the CLI.
#[test]
fn the_same_scenario_through_cli_and_api_gives_the_same_world() {
    let cli = World::new();
    let id = cli.id(&["create", "--name", "web-v1", "--description", "web", "--tag", "team=web"], "ImageId");
    cli.ok(&["clock", "advance", "1h"]);
    let copy = cli.id(
        &[
            "copy",
            "--source-image-id",
            &id,
            "--source-region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "--name",
            "web-v1",
            "--encrypted",
        ],
        "ImageId",
    );
    let snap = cli.snapshots_of(&id, &[])[0].clone();
    cli.ok(&["share", &id, "--add", PARTNER]);
    cli.ok(&["snapshots", "share", &snap, "--add", PARTNER]);
    cli.ok(&["tag", &copy, "stage=prod", "--region", "eu-west-1"]);
    cli.ok(&["launch", &id, "--count", "2", "--tag", "Name=web"]);
    cli.ok(&["deprecate", &id, "--at", "2026-06-01T00:00:00Z"]);
    cli.ok(&["protect", &id, "--with-cooldown"]);
    cli.ok(&["clock", "advance", "1h"]);

    let api = World::new();
    let s = Served::start(&api, &[]);
    let mut c = s.client(&api, MAIN, "us-east-1");
    let mut eu = s.client(&api, MAIN, "eu-west-1");
    let r = ok(c.call(
        "RegisterImage",
        &[
            ("Name", "web-v1"),
            ("Description", "web"),
            ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
            ("BlockDeviceMapping.1.Ebs.VolumeSize", "8"),
            ("TagSpecification.1.ResourceType", "image"),
            ("TagSpecification.1.Tag.1.Key", "team"),
            ("TagSpecification.1.Tag.1.Value", "web"),
        ],
    ));
    assert_eq!(
        r.text("imageId").as_deref(),
        Some(id.as_str()),
        "the same IDs, from the same seed and counter (R-ID-1)"
    );
    api.ok(&["clock", "advance", "1h"]);
    let r = ok(eu.call(
        "CopyImage",
        &[("SourceImageId", &id), ("SourceRegion", "us-east-1"), ("Name", "web-v1"), ("Encrypted", "true")],
    ));
    assert_eq!(r.text("imageId").as_deref(), Some(copy.as_str()));
    ok(c.call("ModifyImageAttribute", &[("ImageId", &id), ("LaunchPermission.Add.1.UserId", PARTNER)]));
    ok(c.call(
        "ModifySnapshotAttribute",
        &[
            ("SnapshotId", &snap),
            ("Attribute", "createVolumePermission"),
            ("OperationType", "add"),
            ("UserId.1", PARTNER),
        ],
    ));
    ok(eu.call("CreateTags", &[("ResourceId.1", &copy), ("Tag.1.Key", "stage"), ("Tag.1.Value", "prod")]));
    ok(c.call(
        "RunInstances",
        &[
            ("ImageId", &id),
            ("MinCount", "2"),
            ("MaxCount", "2"),
            ("TagSpecification.1.ResourceType", "instance"),
            ("TagSpecification.1.Tag.1.Key", "Name"),
            ("TagSpecification.1.Tag.1.Value", "web"),
        ],
    ));
    ok(c.call("EnableImageDeprecation", &[("ImageId", &id), ("DeprecateAt", "2026-06-01T00:00:00Z")]));
    ok(c.call("EnableImageDeregistrationProtection", &[("ImageId", &id), ("WithCooldown", "true")]));
    api.ok(&["clock", "advance", "1h"]);

    for args in [
        vec!["describe", "--owners", "self", "--all-regions"],
        vec!["snapshots", "list"],
        vec!["snapshots", "list", "--region", "eu-west-1"],
        vec!["instances", "list"],
        vec!["cost"],
    ] {
        assert_eq!(cli.ok(&args), api.ok(&args), "amisim {args:?} differs between the CLI's world and the API's");
    }
    assert_eq!(cli.dump(), api.dump(), "every table but the audit log is the same");
    // The audit logs differ only in where the calls came from.
    let ops = |w: &World| -> Vec<String> {
        w.ok(&["events", "--all-accounts", "--limit", "100"])["Events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["Operation"] != "AdvanceClock")
            .map(|e| e["Operation"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ops(&cli), ops(&api));
}

#[test]
fn the_server_and_cli_writers_share_one_file_at_once() {
    let w = World::new();
    let s = Served::start(&w, &["--speed", "60"]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let cli_writer = {
        let path = w.path.clone();
        std::thread::spawn(move || {
            let w = World::at(path);
            for n in 0..30 {
                let r = w.run(&["create", "--name", &format!("cli-{n}")]);
                assert_eq!(r.code, 0, "CLI write {n}: {}", r.stderr);
                assert!(!r.stderr.contains("locked"), "{}", r.stderr);
            }
        })
    };
    for n in 0..60 {
        let r = c
            .call(
                "RegisterImage",
                &[
                    ("Name", &format!("api-{n}")),
                    ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
                    ("BlockDeviceMapping.1.Ebs.VolumeSize", "8"),
                ],
            )
            .unwrap();
        assert_eq!(r.status, 200, "API write {n}: {}", r.body);
    }
    cli_writer.join().unwrap();
    // Each side sees the other's images.
    let r = ok(c.call("DescribeImages", &[("Owner.1", "self")]));
    let names: Vec<String> = r.texts("name");
    assert_eq!(names.iter().filter(|n| n.starts_with("cli-")).count(), 30);
    assert_eq!(names.iter().filter(|n| n.starts_with("api-")).count(), 60);
    assert_eq!(w.ok(&["describe", "--owners", "self"])["Images"].as_array().unwrap().len(), 90);
    w.ok(&["doctor"]);
}

#[test]
fn the_clock_follows_wall_time_while_serving_and_clock_advance_still_works() {
    let w = World::new();
    let s = Served::start(&w, &["--speed", "600"]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let before = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let r = ok(c.call(
        "RegisterImage",
        &[
            ("Name", "web"),
            ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
            ("BlockDeviceMapping.1.Ebs.VolumeSize", "8"),
        ],
    ));
    let id = r.text("imageId").unwrap();
    // 8 GiB settles in 4 virtual minutes: 0.4 s at 600x.
    let mut state = String::new();
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        state = ok(c.call("DescribeImages", &[("ImageId.1", &id)])).text("imageState").unwrap();
        if state == "available" {
            break;
        }
    }
    assert_eq!(state, "available", "a polling client sees the image settle");
    let after = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    assert!(after > before, "{before} → {after}");
    let advanced = w.ok(&["clock", "advance", "30d"])["Now"].as_str().unwrap().to_string();
    assert!(advanced.starts_with("2026-01-31") || advanced.starts_with("2026-02"), "{advanced}");
    // The clock's own moves are no one's call: no audit events.
    let ops = w.ok(&["events", "--all-accounts"]);
    assert!(ops["Events"].as_array().unwrap().iter().all(|e| e["Operation"] != "AdvanceClock" || e["Source"] == "cli"));
    drop(s);
    let frozen = Served::start(&w, &[]);
    let now = w.ok(&["clock", "show"])["Now"].clone();
    std::thread::sleep(std::time::Duration::from_millis(600));
    assert_eq!(w.ok(&["clock", "show"])["Now"], now, "--speed 0 freezes the clock");
    drop(frozen);
}

/// Derived fields are computed once, in the model: BootMode (and
/// ImageLocation, Platform) are the same through `describe`, `attribute`,
/// DescribeImages and DescribeImageAttribute, for x86_64 and arm64.
#[test]
fn boot_mode_is_the_same_through_every_front_end_and_printer() {
    let w = World::new();
    let from_instance = |name: &str, catalog: &str| {
        let source = w.catalog("amazon", catalog, "us-east-1");
        let i = w.ok(&["launch", &source, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
        w.image(name, &["--instance-id", &i])
    };
    let x86 = from_instance("boot-x86", "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64");
    let arm = from_instance("boot-arm", "al2023-ami-2023.9.20260101.0-kernel-6.1-arm64");
    // RegisterImage keeps what it was told: no boot mode given, none described.
    let registered = w.image("boot-none", &[]);
    let s = Served::start(&w, &[]);
    let mut api = s.client(&w, MAIN, "us-east-1");
    assert!(w.describe_one(&registered, &[]).get("BootMode").is_none());
    let r = ok(api.call("DescribeImages", &[("ImageId.1", &registered)]));
    assert!(r.text("bootMode").is_none(), "{}", r.body);
    let r = ok(api.call("DescribeImageAttribute", &[("ImageId", &registered), ("Attribute", "bootMode")]));
    assert!(r.text("value").is_none(), "{}", r.body);
    for (id, expected) in [(&x86, "uefi-preferred"), (&arm, "uefi")] {
        let d = w.describe_one(id, &[]);
        assert_eq!(d["BootMode"], expected, "{d}");
        assert_eq!(d["ImageLocation"], format!("{MAIN}/{}", d["Name"].as_str().unwrap()));
        let attr = w.ok(&["attribute", id, "bootMode"]);
        assert_eq!(attr["BootMode"]["Value"], expected, "{attr}");
        let text = w.command().args(["-o", "yaml", "describe", id]).output().unwrap();
        assert!(String::from_utf8_lossy(&text.stdout).contains(&format!("BootMode: {expected}\n")));
        let r = ok(api.call("DescribeImages", &[("ImageId.1", id)]));
        assert_eq!(r.text("bootMode").as_deref(), Some(expected), "{}", r.body);
        assert_eq!(r.text("imageLocation"), d["ImageLocation"].as_str().map(str::to_string));
        let r = ok(api.call("DescribeImageAttribute", &[("ImageId", id), ("Attribute", "bootMode")]));
        assert_eq!(r.text("value").as_deref(), Some(expected), "{}", r.body);
    }
    // Windows images say so in Platform, everywhere.
    let windows = w.ok(&["describe", "--owners", "amazon", "--filter", "Name=platform-details,Values=Windows"])
        ["Images"][0]
        .clone();
    assert_eq!(windows["Platform"], "windows");
    let r = ok(api.call("DescribeImages", &[("ImageId.1", windows["ImageId"].as_str().unwrap())]));
    assert_eq!(r.text("platform").as_deref(), Some("windows"));
}

/// R-ID-4: an unknown source region is refused in one place. The command line
/// says so as configuration (exit 253) before any call; the endpoint answers
/// InvalidParameterValue, the same for CopyImage and CopySnapshot.
#[test]
fn an_unknown_source_region_is_one_refusal_for_both_copies() {
    let w = World::new();
    let id = w.image("region-web", &[]);
    let snap = w.snapshots_of(&id, &[])[0].clone();
    let before = w.dump();
    for args in [
        vec!["copy", "--source-image-id", id.as_str(), "--source-region", "mars-1", "--name", "x-copy"],
        vec!["snapshots", "copy", snap.as_str(), "--source-region", "mars-1"],
    ] {
        let r = w.run(&args);
        assert_eq!(r.code, 253, "{args:?}: {}", r.stderr);
        assert!(r.stderr.starts_with("amisim: Invalid region: mars-1"), "{}", r.stderr);
    }
    let s = Served::start(&w, &[]);
    let mut api = s.client(&w, MAIN, "eu-west-1");
    for (action, params) in [
        ("CopyImage", vec![("SourceImageId", id.as_str()), ("SourceRegion", "mars-1"), ("Name", "x-copy")]),
        ("CopySnapshot", vec![("SourceSnapshotId", snap.as_str()), ("SourceRegion", "mars-1")]),
    ] {
        let r = api.call(action, &params).unwrap();
        common::serve::refused(&r, 400, "InvalidParameterValue");
        assert_eq!(r.text("Message").as_deref(), Some("Invalid source region: mars-1"), "{action}");
    }
    assert_eq!(before, w.dump());
}
