//! What test suites written against mocks need of `amisim serve` (README "Use your real tools"
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

/// An action, its parameters, the code and AWS's exact message.
type WireCase<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str, String);

/// AWS's text on the wire, amisim's help on the command line: the same
/// refusal through the endpoint (exact message, no hint) and the CLI (the
/// same line, then `hint: …`).
#[test]
fn aws_text_on_the_wire_amisim_help_on_the_command_line() {
    let w = World::new();
    let id = w.image("wire-web", &[]);
    let other = "ami-0123456789abcdef0";
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let cases: Vec<WireCase> = vec![
        (
            "DescribeImages",
            vec![("ImageId.1", other)],
            "InvalidAMIID.NotFound",
            format!("The image id '[{other}]' does not exist"),
        ),
        (
            "DescribeImages",
            vec![("ImageId.1", other), ("ImageId.2", "ami-0123456789abcdef1")],
            "InvalidAMIID.NotFound",
            format!("The image ids '[{other}, ami-0123456789abcdef1]' do not exist"),
        ),
        (
            "DescribeImages",
            vec![("ImageId.1", "x")],
            "InvalidAMIID.Malformed",
            r#"Invalid id: "x" (expecting "ami-...")"#.into(),
        ),
        (
            "ModifyImageAttribute",
            vec![("ImageId", &id), ("LaunchPermission.Add.1.UserId", "12345")],
            "InvalidAMIAttributeItemValue",
            r#"Invalid attribute item value "12345" for userId item type."#.into(),
        ),
        (
            "CopyImage",
            vec![
                ("SourceImageId", &id),
                ("SourceRegion", "us-east-1"),
                ("Name", "kms-copy"),
                ("KmsKeyId", "alias/aws/ebs"),
            ],
            "InvalidParameterDependency",
            "The parameter KmsKeyId requires the parameter Encrypted to be set.".into(),
        ),
    ];
    let more: Vec<WireCase> = vec![
        (
            "DescribeInstances",
            vec![("InstanceId.1", "i-0123456789abcdef0"), ("InstanceId.2", "i-0123456789abcdef1")],
            "InvalidInstanceID.NotFound",
            "The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist".into(),
        ),
        ("DescribeImages", vec![("Filter.1.Name", "x"), ("Filter.1.Value.1", "y")], "InvalidParameterValue", "The filter 'x' is invalid".into()),
        (
            "CreateTags",
            vec![("ResourceId.1", &id), ("Tag.1.Key", "aws:team"), ("Tag.1.Value", "web")],
            "InvalidParameterValue",
            "Value ( aws:team ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use".into(),
        ),
        (
            "CopyImage",
            vec![("SourceImageId", &id), ("SourceRegion", "us-east-1"), ("Name", "tagged-copy"), ("TagSpecification.1.ResourceType", "x"), ("TagSpecification.1.Tag.1.Key", "k")],
            "InvalidParameterValue",
            "'x' is not a valid taggable resource type for this operation.".into(),
        ),
    ];
    ok(c.call(
        "CopyImage",
        &[("SourceImageId", &id), ("SourceRegion", "us-east-1"), ("Name", "token-copy"), ("ClientToken", "t1")],
    ));
    let mismatch: WireCase = (
        "CopyImage",
        vec![("SourceImageId", &id), ("SourceRegion", "us-east-1"), ("Name", "other-name"), ("ClientToken", "t1")],
        "IdempotentParameterMismatch",
        "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).".into(),
    );
    for (action, params, code, message) in cases.iter().chain(&more).chain([&mismatch]) {
        let r = c.call(action, params).unwrap();
        refused(&r, 400, code);
        assert_eq!(r.text("Message").as_deref(), Some(message.as_str()), "{action}");
        assert!(!r.body.contains("hint"), "{}", r.body);
    }
    // The command line says the same, and adds its help.
    let r = w.run(&["describe", other]);
    assert_eq!(r.code, 254);
    assert_eq!(
        r.stderr,
        format!(
            "An error occurred (InvalidAMIID.NotFound) when calling the DescribeImages operation: The image id '[{other}]' does not exist\nhint: not in us-east-1: try --all-regions\n"
        )
    );
    let r = w.run(&[
        "copy",
        "--source-image-id",
        &id,
        "--source-region",
        "us-east-1",
        "--name",
        "kms-copy",
        "--kms-key-id",
        "alias/aws/ebs",
    ]);
    assert!(r.stderr.ends_with("Encrypted to be set.\nhint: add --encrypted, or drop --kms-key-id\n"), "{}", r.stderr);
    // A suggested command carries --region (and --account) where they are not the defaults.
    let eu = w.id(
        &[
            "copy",
            "--source-image-id",
            &id,
            "--source-region",
            "us-east-1",
            "--name",
            "eu-web",
            "--region",
            "eu-west-1",
            "--wait",
        ],
        "ImageId",
    );
    w.ok(&["protect", &eu, "--region", "eu-west-1"]);
    let r = w.run(&["deregister", &eu, "--region", "eu-west-1"]);
    assert!(
        r.stderr.ends_with(&format!("hint: turn it off first: amisim protect {eu} --off --region eu-west-1\n")),
        "{}",
        r.stderr
    );
}

/// Details AWS-verified suites check: an instance's ClientToken (and the
/// client-token filter), blockDeviceMapping not described, deprecation times
/// rounded to the nearest minute.
#[test]
fn details_that_aws_verified_suites_check() {
    let w = World::new();
    let id = w.image("detail-web", &[]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r =
        ok(c.call("RunInstances", &[("ImageId", &id), ("MinCount", "1"), ("MaxCount", "1"), ("ClientToken", "tok-1")]));
    assert_eq!(r.text("clientToken").as_deref(), Some("tok-1"), "{}", r.body);
    let instance = r.text("instanceId").unwrap();
    ok(c.call("RunInstances", &[("ImageId", &id), ("MinCount", "1"), ("MaxCount", "1")]));
    let r = ok(c.call("DescribeInstances", &[("Filter.1.Name", "client-token"), ("Filter.1.Value.1", "tok-1")]));
    assert_eq!(r.texts("instanceId"), std::slice::from_ref(&instance));
    assert_eq!(r.text("clientToken").as_deref(), Some("tok-1"));
    let listed = w.ok(&["instances", "list", "--filter", "Name=client-token,Values=tok-*"]);
    assert_eq!(listed["Instances"].as_array().unwrap().len(), 1, "{listed}");
    // blockDeviceMapping: AWS answers AuthFailure, even to the owner.
    let r = c.call("DescribeImageAttribute", &[("ImageId", &id), ("Attribute", "blockDeviceMapping")]).unwrap();
    refused(&r, 400, "AuthFailure");
    assert_eq!(r.text("Message").as_deref(), Some("Unauthorized attempt to access restricted resource"));
    // 12:00:29 → 12:00, 12:00:30 → 12:01.
    for (given, kept) in
        [("2026-06-01T12:00:29Z", "2026-06-01T12:00:00.000Z"), ("2026-06-01T12:00:30Z", "2026-06-01T12:01:00.000Z")]
    {
        ok(c.call("EnableImageDeprecation", &[("ImageId", &id), ("DeprecateAt", given)]));
        assert_eq!(w.describe_one(&id, &[])["DeprecationTime"], kept);
    }
}

/// ModifyImageAttribute imdsSupport: v2.0, one-way, described back, kept by a copy.
#[test]
fn imds_support_is_v2_and_one_way() {
    let w = World::new();
    let id = w.image("imds-web", &[]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let before = w.dump();
    let r = c.call("ModifyImageAttribute", &[("ImageId", &id), ("ImdsSupport.Value", "v1.0")]).unwrap();
    refused(&r, 400, "InvalidParameterValue");
    assert_eq!(before, w.dump());
    ok(c.call("ModifyImageAttribute", &[("ImageId", &id), ("ImdsSupport.Value", "v2.0")]));
    let r = ok(c.call("DescribeImages", &[("ImageId.1", &id)]));
    assert_eq!(r.text("imdsSupport").as_deref(), Some("v2.0"), "{}", r.body);
    let r = ok(c.call("DescribeImageAttribute", &[("ImageId", &id), ("Attribute", "imdsSupport")]));
    assert_eq!(r.text("value").as_deref(), Some("v2.0"), "{}", r.body);
    let copy =
        w.id(&["copy", "--source-image-id", &id, "--source-region", "us-east-1", "--name", "imds-copy"], "ImageId");
    assert_eq!(w.describe_one(&copy, &[])["ImdsSupport"], "v2.0");
    // The partner may not change it.
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    let r = partner.call("ModifyImageAttribute", &[("ImageId", &id), ("ImdsSupport.Value", "v2.0")]).unwrap();
    assert!(matches!(r.code().as_deref(), Some("AuthFailure" | "InvalidAMIID.NotFound")), "{}", r.body);
}

/// moto's own AMI test file, unmodified from moto's source distribution
/// (`.ci/third-party` unpacks it under target/third-party), in server mode
/// against `amisim serve --any-key 123456789012 --instant` on a world prepared
/// as a user would (tests/clients/moto_suite.py), once with the catalog in
/// us-east-1 and once in us-west-1. Every test passes but the ones listed
/// there, with evidence, as moto contradicting AWS.
#[test]
fn motos_ami_test_file_passes_except_where_moto_contradicts_aws() {
    let Some(test_file) = common::third_party("moto-", "tests/test_ec2/test_amis.py") else {
        println!("skipped: moto's source distribution is missing (bash .ci/third-party fetches it)");
        return;
    };
    let root = test_file.ancestors().nth(3).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/moto_suite.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args(["--amisim", env!("CARGO_BIN_EXE_amisim"), "--json", "--moto"])
        .arg(root)
        .output()
        .expect("python3");
    if out.status.code() == Some(2) {
        println!("{}", String::from_utf8_lossy(&out.stderr).trim());
        return;
    }
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    });
    let s = &report["summary"];
    let not_passed: Vec<String> = report["tests"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, t)| !matches!(t["verdict"].as_str(), Some("passed" | "skipped" | "contradicts AWS")))
        .map(|(name, t)| format!("{name}: {}", t["runs"]))
        .collect();
    assert!(not_passed.is_empty(), "{}", not_passed.join("\n"));
    assert_eq!(s["failed"], 0, "{report:#}");
    assert_eq!(s["stale_allow_list"], 0, "{report:#}");
    // moto's file has 34 tests that run in server mode; 8 contradict AWS.
    assert_eq!(s["passed"], 26, "{report:#}");
    assert_eq!(s["contradicts_aws"], 8, "{report:#}");
    assert!(out.status.success());
}

/// The owner may grant its own account, as AWS records it (Terraform's
/// acceptance tests grant the caller's account and read it back), and
/// ExecutableUsers=self then finds the image (R-SHR-6). A dry run of
/// ModifyImageAttribute that names no change is still a dry run (R-DRY-1).
#[test]
fn the_owner_may_grant_itself_and_executable_users_self_finds_it() {
    let w = World::new();
    let id = w.image("self-granted", &[]);
    let other = w.image("not-granted", &[]);
    let v = w.ok(&["share", &id, "--add", MAIN]);
    assert_eq!(v["LaunchPermissions"], serde_json::json!([{"UserId": MAIN}]));
    let v = w.ok(&["describe", "--executable-users", "self"]);
    let found: Vec<&str> = v["Images"].as_array().unwrap().iter().map(|i| i["ImageId"].as_str().unwrap()).collect();
    assert!(found.contains(&id.as_str()) && !found.contains(&other.as_str()), "{found:?}");
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = ok(c.call("DescribeImages", &[("ExecutableBy.1", "self")]));
    assert!(r.texts("imageId").contains(&id));
    let before = w.dump();
    let r = c.call("ModifyImageAttribute", &[("ImageId", &other), ("DryRun", "true")]).unwrap();
    refused(&r, 412, "DryRunOperation");
    let r = c.call("ModifyImageAttribute", &[("ImageId", &other)]).unwrap();
    refused(&r, 400, "MissingParameter");
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    let r = partner.call("ModifyImageAttribute", &[("ImageId", &other), ("DryRun", "true")]).unwrap();
    refused(&r, 400, "AuthFailure");
    assert_eq!(before, w.dump());
}

/// README's moto-style recipe runs as written: the world prepared with its
/// commands (on a small catalog document), then served as it says (on a free
/// port); the suite's account sees the imported image, and a reset keeps it.
#[test]
fn readme_moto_recipe_runs_as_written() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("\n### Running a moto-style test suite against amisim\n").nth(1).expect("the recipe");
    let block = section.split("```sh\n").nth(1).unwrap().split("\n```").next().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("amis.json"),
        r#"{"Images": [{"ImageId": "ami-12c6146b", "Name": "suite-base", "OwnerId": "801119661308",
            "Public": true, "RootDeviceName": "/dev/sda1",
            "BlockDeviceMappings": [{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 30}}]}]}"#,
    )
    .unwrap();
    let prepare: String = block
        .lines()
        .filter(|l| l.starts_with("amisim") && !l.starts_with("amisim serve"))
        .map(|l| format!("{l}\n"))
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("amisim");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let state = dir.path().join("suite.db");
    let out = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", &prepare])
        .current_dir(dir.path())
        .env("PATH", path)
        .env("AMISIM_STATE", &state)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let w = World::at(state);
    let serve = block.lines().find(|l| l.starts_with("amisim serve")).unwrap();
    let args: Vec<&str> = serve
        .split_whitespace()
        .skip(2)
        .filter(|a| *a != "&")
        .map(|a| if a == "127.0.0.1:5000" { "127.0.0.1:0" } else { a })
        .collect();
    let s = Served::start(&w, &args);
    assert!(s.ready.contains("INSECURE") && s.ready.contains("INSTANT"), "{}", s.ready);
    let mut c = amisim::client::Client::new(&s.addr, "FOOBARKEY", "FOOBARSECRET", "us-east-1");
    let r = ok(c.call("DescribeImages", &[("ImageId.1", "ami-12c6146b")]));
    assert_eq!(r.text("name").as_deref(), Some("suite-base"), "{}", r.body);
    let r = ok(c.call("RunInstances", &[("ImageId", "ami-12c6146b"), ("MinCount", "1"), ("MaxCount", "1")]));
    assert_eq!(r.text("ownerId").as_deref(), Some("123456789012"));
    assert_eq!(c.send("POST", "/moto-api/reset", &[], b"").unwrap().status, 200);
    let r = ok(c.call("DescribeImages", &[("ImageId.1", "ami-12c6146b")]));
    assert_eq!(r.text("name").as_deref(), Some("suite-base"));
    let r = ok(c.call("DescribeInstances", &[]));
    assert!(r.texts("instanceId").is_empty(), "the reset put back the prepared world: {}", r.body);
}

/// An attribute DescribeImageAttribute does not know is AWS's InvalidRequest
/// "The request received was invalid." (aws-cli issue 7351 quotes it); the
/// CLI's hint names the valid ones.
#[test]
fn an_unknown_image_attribute_is_invalid_request() {
    let w = World::new();
    let id = w.image("attr-web", &[]);
    let run = w.run(&["attribute", &id, "TpmSupport"]);
    assert_eq!(run.code, 254);
    assert!(
        run.stderr.contains("(InvalidRequest) when calling the DescribeImageAttribute operation: The request received was invalid.\nhint: 'TpmSupport' is not an attribute: description, "),
        "{}",
        run.stderr
    );
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = c.call("DescribeImageAttribute", &[("ImageId", &id), ("Attribute", "TpmSupport")]).unwrap();
    refused(&r, 400, "InvalidRequest");
    assert_eq!(r.text("Message").as_deref(), Some("The request received was invalid."));
    // The same for the spelling AWS knows works.
    ok(c.call("DescribeImageAttribute", &[("ImageId", &id), ("Attribute", "tpmSupport")]));
}
