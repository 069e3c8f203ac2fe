//! R-IMG-1..5: create (RegisterImage and CreateImage) and its refusals.
use crate::common;
use common::*;

#[test]
fn r_img_1_register_image_has_the_aws_shape() {
    let w = World::new();
    let id = w.id(&["create", "--name", "web-v1", "--description", "web tier", "--tag", "team=web"], "ImageId");
    let i = w.describe_one(&id, &[]);
    assert_eq!(i["Name"], "web-v1");
    assert_eq!(i["OwnerId"], MAIN);
    assert_eq!(i["Region"], "us-east-1");
    assert_eq!(i["State"], "pending");
    assert_eq!(i["Architecture"], "x86_64");
    assert_eq!(i["RootDeviceType"], "ebs");
    assert_eq!(i["Public"], false);
    assert_eq!(i["CreationDate"], "2026-01-01T00:00:00.000Z");
    assert_eq!(i["DeregistrationProtection"], "disabled");
    assert_eq!(i["BlockDeviceMappings"][0]["Ebs"]["VolumeSize"], 8);
    assert_eq!(i["Tags"][0]["Key"], "team");
    assert!(i["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"].as_str().unwrap().starts_with("snap-0"));
}

#[test]
fn r_img_2_name_rules() {
    let w = World::new();
    w.ok(&["accounts", "list"]);
    for bad in ["ab", "has*star", &"x".repeat(129), "semi;colon"] {
        w.refused(&["create", "--name", bad], "InvalidAMIName.Malformed");
    }
    w.ok(&["create", "--name", "ok (v1) [x] a.b/c-d'e@f_g"]);
    let long = "d".repeat(256);
    w.refused(&["create", "--name", "web-v1", "--description", &long], "InvalidParameterValue");
}

#[test]
fn r_img_2_names_are_unique_per_account_and_region() {
    let w = World::new();
    let first = w.image("web-v1", &[]);
    let err = w.refused(&["create", "--name", "web-v1"], "InvalidAMIName.Duplicate");
    assert!(err.contains(&format!("AMI name web-v1 is already in use by AMI {first}")), "{err}");
    // Same name in another region or another account is fine.
    w.ok(&["create", "--name", "web-v1", "--region", "eu-west-1"]);
    w.ok(&["create", "--name", "web-v1", "--account", PARTNER]);
}

#[test]
fn r_img_3_ebs_volumes_and_instance_store() {
    let w = World::new();
    let id = w.image("multi", &["--root-size", "10", "--volume", "/dev/sdb=20", "--volume", "sdc=5"]);
    let i = w.describe_one(&id, &[]);
    let sizes: Vec<i64> =
        i["BlockDeviceMappings"].as_array().unwrap().iter().map(|b| b["Ebs"]["VolumeSize"].as_i64().unwrap()).collect();
    assert_eq!(sizes, vec![20, 5, 10], "devices in name order: /dev/sdb, /dev/sdc, /dev/xvda");
    assert_eq!(w.snapshots_of(&id, &[]).len(), 3);
    let store = w.image("tmpl", &["--instance-store"]);
    let i = w.describe_one(&store, &[]);
    assert_eq!(i["RootDeviceType"], "instance-store");
    assert_eq!(i["BlockDeviceMappings"].as_array().unwrap().len(), 0);
    w.refused(&["create", "--name", "enc-store", "--instance-store", "--encrypted"], "InvalidParameterCombination");
    w.refused(&["create", "--name", "bad-vol", "--volume", "sdb"], "InvalidParameterValue");
    w.refused(&["create", "--name", "bad-arch", "--architecture", "sparc"], "InvalidParameterValue");
}

#[test]
fn r_img_4_encryption_with_default_and_named_keys() {
    let w = World::new();
    let enc = w.image("enc", &["--encrypted"]);
    let ebs = &w.describe_one(&enc, &[])["BlockDeviceMappings"][0]["Ebs"];
    assert_eq!(ebs["Encrypted"], true);
    let keys = w.ok(&["keys", "list"]);
    assert_eq!(ebs["KmsKeyId"], keys["Keys"][0]["Arn"], "default key is the caller's aws/ebs");
    w.ok(&["keys", "create", "--alias", "app"]);
    let cmk = w.image("enc-cmk", &["--encrypted", "--kms-key-id", "alias/app"]);
    assert!(w.describe_one(&cmk, &[])["BlockDeviceMappings"][0]["Ebs"]["KmsKeyId"]
        .as_str()
        .unwrap()
        .contains("arn:aws:kms:us-east-1:111122223333:key/"));
    w.refused(&["create", "--name", "x-key", "--kms-key-id", "alias/app"], "InvalidParameterDependency");
    w.refused(&["create", "--name", "x-key", "--encrypted", "--kms-key-id", "alias/nope"], "InvalidParameterValue");
    // A key lives in one region.
    w.refused(
        &["create", "--name", "x-key", "--encrypted", "--kms-key-id", "alias/app", "--region", "eu-west-1"],
        "InvalidParameterValue",
    );
}

#[test]
fn r_img_4_create_from_instance_snapshots_its_volumes_and_inherits() {
    let w = World::new();
    let rhel = w.catalog("309956199498", "RHEL", "us-east-1");
    let inst = w.ok(&["launch", &rhel, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let id = w.image("my-rhel", &["--instance-id", &inst]);
    let i = w.describe_one(&id, &[]);
    assert_eq!(i["OwnerId"], MAIN);
    assert_eq!(i["BillingProducts"], serde_json::json!(["rhel"]));
    assert_eq!(i["UsageOperation"], "RunInstances:0010");
    assert_eq!(i["SourceInstanceId"], inst.as_str());
    assert_eq!(i["SourceImageId"], rhel.as_str());
    assert_eq!(i["SourceImageRegion"], "us-east-1", "CreateImage records the source image's region");
    assert_ne!(
        i["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"],
        w.describe_one(&rhel, &[])["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]
    );
}

#[test]
fn r_img_4_create_from_instance_refusals() {
    let w = World::new();
    let al = w.catalog("amazon", "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64", "us-east-1");
    let pending = w.ok(&["launch", &al])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    // R-IMG-4: AWS's answer for an instance that is not running, stopping or stopped.
    let e = w.refused(&["create", "--name", "from-pending", "--instance-id", &pending], "InvalidParameterValue");
    assert!(
        e.contains(&format!(
            "Invalid value '{pending}' for instanceId. Instance is not in state 'running' or 'stopping' or 'stopped'"
        )),
        "{e}"
    );
    w.refused(&["create", "--name", "xyz", "--instance-id", "i-bad"], "InvalidInstanceID.Malformed");
    w.refused(&["create", "--name", "xyz", "--instance-id", "i-0000000000000000f"], "InvalidInstanceID.NotFound");
    w.refused(
        &["create", "--name", "xyz", "--instance-id", &pending, "--root-size", "9"],
        "InvalidParameterCombination",
    );
    // Another account's instance does not exist for the caller.
    w.ok(&["clock", "advance", "5m"]);
    w.refused(
        &["create", "--name", "theirs", "--instance-id", &pending, "--account", PARTNER],
        "InvalidInstanceID.NotFound",
    );
    w.ok(&["instances", "terminate", &pending]);
    w.refused(&["create", "--name", "from-dead", "--instance-id", &pending], "InvalidParameterValue");
    // Instance-store instances cannot be imaged.
    let tmpl = w.image("tmpl", &["--instance-store"]);
    let st = w.ok(&["launch", &tmpl, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    w.refused(&["create", "--name", "from-store", "--instance-id", &st], "UnsupportedOperation");
}

#[test]
fn r_img_5_pending_until_ready_then_available() {
    let w = World::new();
    let id = w.id(&["create", "--name", "slow", "--root-size", "100"], "ImageId");
    assert_eq!(w.describe_one(&id, &[])["State"], "pending");
    w.ok(&["clock", "advance", "1m"]);
    assert_eq!(w.describe_one(&id, &[])["State"], "pending");
    w.ok(&["wait", "image-available", &id]);
    assert_eq!(w.describe_one(&id, &[])["State"], "available");
    let now = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    assert!(now.as_str() > "2026-01-01T00:01:00.000Z" && now.as_str() < "2026-01-02T00:00:00.000Z", "{now}");
    // A 1 TiB cross-region copy still settles within 24 hours.
    let big = w.image("big", &["--root-size", "1024"]);
    let before = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    w.ok(&[
        "copy",
        "--source-image-id",
        &big,
        "--source-region",
        "us-east-1",
        "--region",
        "ap-south-1",
        "--name",
        "big",
        "--wait",
    ]);
    let after = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let secs = |t: &str| amisim::clock::parse(t).unwrap();
    assert!(secs(&after) - secs(&before) <= 24 * 3600, "{before} → {after}");
}
