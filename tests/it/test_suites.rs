//! What test suites written against mocks need of `amisim serve` (serve.md
//! `--instant`, the reset hook, R-DRY-1): a world that settles at once, a
//! reset to the world the user prepared, and AWS's status for a dry run.
use crate::common;
use common::serve::{credentials, ok, refused, Served};
use common::*;

/// R-DRY-1: a dry run that would succeed is HTTP 412 DryRunOperation, as AWS
/// answers it (boto3 raises it as a ClientError); one that would not is the refusal.
#[test]
fn a_dry_run_is_412_on_the_wire_r_dry_1() {
    let w = World::new();
    let id = w.image("dry-web", &[]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let before = w.dump();
    let r = c
        .call(
            "CopyImage",
            &[("SourceImageId", &id), ("SourceRegion", "us-east-1"), ("Name", "dry-copy"), ("DryRun", "true")],
        )
        .unwrap();
    refused(&r, 412, "DryRunOperation");
    assert_eq!(r.text("Message").as_deref(), Some("Request would have succeeded, but DryRun flag is set."));
    let r = c
        .call(
            "CopyImage",
            &[
                ("SourceImageId", "ami-0123456789abcdef0"),
                ("SourceRegion", "us-east-1"),
                ("Name", "dry-copy"),
                ("DryRun", "true"),
            ],
        )
        .unwrap();
    refused(&r, 400, "InvalidAMIID.NotFound");
    assert_eq!(before, w.dump());
}

/// `--instant`: a launched instance is running and a new image available by
/// the next request; the clock does not move; every rule still holds.
#[test]
fn instant_settles_at_once_without_moving_the_clock() {
    let w = World::new();
    w.ok(&["init"]);
    let s = Served::start(&w, &["--instant"]);
    assert!(s.ready.contains("INSTANT"), "{}", s.ready);
    let clock = w.ok(&["clock", "show"])["Now"].clone();
    let mut c = s.client(&w, MAIN, "us-east-1");
    let amazon = ok(c.call("DescribeImages", &[("Owner.1", "amazon")])).text("imageId").unwrap();
    let r = ok(c.call("RunInstances", &[("ImageId", &amazon), ("MinCount", "1"), ("MaxCount", "1")]));
    let instance = r.text("instanceId").unwrap();
    let r = ok(c.call("DescribeInstances", &[("InstanceId.1", &instance)]));
    assert_eq!(r.text("name").as_deref(), Some("running"), "{}", r.body);
    // Imaging it a moment later works, and the image is available at once.
    let r = ok(c.call("CreateImage", &[("InstanceId", &instance), ("Name", "instant-image")]));
    let image = r.text("imageId").unwrap();
    let r = ok(c.call("DescribeImages", &[("ImageId.1", &image)]));
    assert_eq!(r.text("imageState").as_deref(), Some("available"), "{}", r.body);
    let r =
        ok(c.call("CopyImage", &[("SourceImageId", &image), ("SourceRegion", "us-east-1"), ("Name", "instant-copy")]));
    let copy = r.text("imageId").unwrap();
    assert_eq!(w.describe_one(&copy, &[])["State"], "available");
    assert_eq!(w.ok(&["clock", "show"])["Now"], clock, "the clock did not jump");
    // Rules still hold: the partner may not launch the private image.
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    refused(
        &partner.call("RunInstances", &[("ImageId", &image), ("MinCount", "1"), ("MaxCount", "1")]).unwrap(),
        400,
        "AuthFailure",
    );
}

/// The reset hook puts the world back as it was when serving began: the
/// accounts, keys and images the user prepared stay; what the suite made goes.
#[test]
fn reset_restores_the_world_the_user_prepared() {
    let w = World::new();
    w.ok(&["init"]);
    w.ok(&["accounts", "create", "--id", "123456789012"]);
    w.ok(&["accounts", "block-public-access", "off"]);
    w.image("prepared-web", &[]);
    let prepared = w.dump();
    let s = Served::start(&w, &["--any-key", "123456789012", "--instant"]);
    let mut c = amisim::client::Client::new(&s.addr, "AKIAANYTHING", "anything", "us-east-1");
    let amazon = ok(c.call("DescribeImages", &[("Owner.1", "amazon")])).text("imageId").unwrap();
    let r = ok(c.call("RunInstances", &[("ImageId", &amazon), ("MinCount", "2"), ("MaxCount", "2")]));
    let instance = r.text("instanceId").unwrap();
    ok(c.call("CreateTags", &[("ResourceId.1", &instance), ("Tag.1.Key", "x"), ("Tag.1.Value", "y")]));
    w.ok(&["create", "--name", "made-during-the-suite"]);
    assert_ne!(prepared, w.dump());
    for _ in 0..2 {
        let r = c.send("POST", "/moto-api/reset", &[], b"").unwrap();
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(prepared, w.dump(), "the world is back as it was prepared");
        ok(c.call("RunInstances", &[("ImageId", &amazon), ("MinCount", "1"), ("MaxCount", "1")]));
    }
    // The seed-derived keys still sign after a reset.
    let (key, secret) = credentials(&w, MAIN);
    drop(s);
    let s = Served::start(&w, &["--test-hooks"]);
    let mut signed = amisim::client::Client::new(&s.addr, &key, &secret, "us-east-1");
    assert_eq!(signed.send("POST", "/moto-api/reset", &[], b"").unwrap().status, 200);
    ok(signed.call("DescribeRegions", &[]));
}

/// `launch --wait` prints the instances as they are after the wait.
#[test]
fn launch_wait_shows_the_instances_running() {
    let w = World::new();
    let id = w.image("wait-web", &[]);
    let v = w.ok(&["launch", &id, "--wait"]);
    assert_eq!(v["Instances"][0]["State"]["Name"], "running", "{v}");
}
