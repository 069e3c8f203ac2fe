//! R-SHR-7, R-SHR-8: launching instances.
use crate::common;
use common::*;

fn instance(v: &serde_json::Value) -> String {
    v["Instances"][0]["InstanceId"].as_str().unwrap().to_string()
}

#[test]
fn r_shr_8_count_types_and_root_size() {
    let w = World::new();
    let al = w.catalog("amazon", "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64", "us-east-1");
    let arm = w.catalog("amazon", "al2023-ami-2023.9.20260101.0-kernel-6.1-arm64", "us-east-1");
    let v = w.ok(&["launch", &al, "--count", "3"]);
    let list = v["Instances"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert!(list
        .iter()
        .all(|i| i["InstanceType"] == "t3.micro" && i["State"]["Name"] == "pending" && i["ImageId"] == al.as_str()));
    assert_eq!(list[0]["ReservationId"], list[2]["ReservationId"]);
    assert_ne!(list[0]["BlockDeviceMappings"], serde_json::Value::Null);
    assert_eq!(w.ok(&["launch", &arm])["Instances"][0]["InstanceType"], "t4g.micro");
    w.refused(&["launch", &al, "--count", "0"], "InvalidParameterValue");
    w.refused(&["launch", &al, "--count", "101"], "InvalidParameterValue");
    w.refused(&["launch", &al, "--instance-type", "t4g.micro"], "InvalidParameterValue");
    w.refused(&["launch", &al, "--instance-type", "z9.huge"], "InvalidParameterValue");
    w.refused(&["launch", &al, "--root-size", "4"], "InvalidBlockDeviceMapping");
    let big = w.ok(&["launch", &al, "--root-size", "20", "--wait"]);
    assert_eq!(big["Instances"][0]["BlockDeviceMappings"][0]["Ebs"]["VolumeSize"], 20);
    assert_eq!(w.ok(&["instances", "list", &instance(&big)])["Instances"][0]["State"]["Name"], "running");
}

#[test]
fn r_shr_7_launch_needs_permission() {
    let w = World::new();
    let id = w.image("web-v1", &[]);
    let err = w.refused(&["launch", &id, "--account", PARTNER], "AuthFailure");
    assert!(err.contains(&format!("Not authorized for images: [{id}]")), "{err}");
    w.ok(&["share", &id, "--add", PARTNER]);
    w.ok(&["launch", &id, "--account", PARTNER]);
    w.refused(&["launch", &id, "--account", SANDBOX], "AuthFailure");
    w.refused(&["launch", "ami-00000000000000001"], "InvalidAMIID.NotFound");
    w.refused(&["launch", "ami-nope"], "InvalidAMIID.Malformed");
    w.refused(&["launch", &id, "--region", "eu-west-1"], "InvalidAMIID.NotFound");
}

#[test]
fn r_shr_7_encrypted_without_key_terminates_not_refuses() {
    let w = World::new();
    w.ok(&["keys", "create", "--alias", "team"]);
    let id = w.image("enc", &["--encrypted", "--kms-key-id", "alias/team"]);
    w.ok(&["share", &id, "--add", PARTNER, "--with-snapshots"]);
    let v = w.ok(&["launch", &id, "--account", PARTNER]);
    let i = instance(&v);
    assert_eq!(v["Instances"][0]["State"]["Name"], "pending");
    let r = w.run(&["wait", "instance-running", &i, "--account", PARTNER]);
    assert_eq!(r.code, 255, "waiter fails: {}", r.stderr);
    assert!(r.stderr.starts_with("Waiter InstanceRunning failed:"), "{}", r.stderr);
    let listed = w.ok(&["instances", "list", "--account", PARTNER]);
    assert_eq!(listed["Instances"][0]["State"]["Name"], "terminated");
    assert_eq!(listed["Instances"][0]["StateReason"]["Code"], "Client.InvalidKMSKey.InvalidState");
    // With the key granted, instances run.
    w.ok(&["keys", "grant", "alias/team", "--grantee", PARTNER]);
    let ok = instance(&w.ok(&["launch", &id, "--account", PARTNER, "--wait"]));
    assert_eq!(w.ok(&["instances", "list", &ok, "--account", PARTNER])["Instances"][0]["State"]["Name"], "running");
}

#[test]
fn r_shr_8_marketplace_needs_subscription() {
    let w = World::new();
    let nginx = w.catalog("aws-marketplace", "acme", "us-east-1");
    let err = w.refused(&["launch", &nginx], "OptInRequired");
    assert!(err.contains("subscribe"), "{err}");
    let product = w.ok(&["marketplace", "list"])["Products"][0]["ProductCodeId"].as_str().unwrap().to_string();
    w.refused(&["marketplace", "subscribe", "prod-00000000000000001"], "InvalidProductCode.NotFound");
    w.refused(&["marketplace", "subscribe", "nginx"], "InvalidParameterValue");
    w.ok(&["marketplace", "subscribe", &product]);
    assert_eq!(w.ok(&["marketplace", "list"])["Products"][0]["Subscribed"], true);
    let v = w.ok(&["launch", &nginx]);
    assert_eq!(v["Instances"][0]["ProductCodes"][0]["ProductCodeId"], product.as_str());
    // The subscription is the caller's own.
    w.refused(&["launch", &nginx, "--account", PARTNER], "OptInRequired");
}

#[test]
fn r_shr_8_instance_store_cannot_stop_and_instance_states() {
    let w = World::new();
    let tmpl = w.image("tmpl", &["--instance-store"]);
    let i = instance(&w.ok(&["launch", &tmpl, "--wait"]));
    w.refused(&["instances", "stop", &i], "UnsupportedOperation");
    let al = w.catalog("amazon", "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64", "us-east-1");
    let e = instance(&w.ok(&["launch", &al]));
    w.refused(&["instances", "stop", &e], "IncorrectInstanceState");
    w.ok(&["clock", "advance", "2m"]);
    // Stopping and terminating take a while, as on AWS.
    assert_eq!(w.ok(&["instances", "stop", &e])["Instances"][0]["State"]["Name"], "stopping");
    w.refused(&["instances", "start", &e], "IncorrectInstanceState");
    w.ok(&["clock", "advance", "1m"]);
    assert_eq!(w.ok(&["instances", "list", &e])["Instances"][0]["State"]["Name"], "stopped");
    assert_eq!(w.ok(&["instances", "start", &e])["Instances"][0]["State"]["Name"], "running");
    assert_eq!(w.ok(&["instances", "terminate", &e])["Instances"][0]["State"]["Name"], "shutting-down");
    w.refused(&["instances", "start", &e], "IncorrectInstanceState");
    w.ok(&["clock", "advance", "1m"]);
    assert_eq!(w.ok(&["instances", "list", &e])["Instances"][0]["State"]["Name"], "terminated");
    w.refused(&["instances", "start", &e], "IncorrectInstanceState");
    w.refused(&["instances", "terminate", "i-00000000000000001"], "InvalidInstanceID.NotFound");
    w.refused(&["instances", "terminate", &e, "--account", PARTNER], "InvalidInstanceID.NotFound");
    w.refused(&["instances", "list", "i-zz"], "InvalidInstanceID.Malformed");
    // Terminated instances stay listed.
    assert_eq!(w.ok(&["instances", "list"])["Instances"].as_array().unwrap().len(), 2);
}
