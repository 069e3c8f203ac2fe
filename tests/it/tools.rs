//! Packer (amazon-ebs) runs unchanged against `amisim serve`: both builds of
//! issue 18's recipe, and the world checked through the CLI afterwards.
use crate::common;
use common::serve::{credentials, Served};
use common::*;
use std::process::Command;

/// A Packer 1.6 JSON template for an amazon-ebs build with communicator none.
fn template(endpoint: &str, key: &str, secret: &str, name: &str, encrypted: bool) -> serde_json::Value {
    let mut b = serde_json::json!({
        "type": "amazon-ebs",
        "access_key": key, "secret_key": secret,
        "region": "us-east-1",
        "custom_endpoint_ec2": endpoint,
        "skip_region_validation": true,
        "skip_credential_validation": true,
        "skip_metadata_api_check": true,
        "communicator": "none",
        "instance_type": "t3.micro",
        "source_ami_filter": {
            "filters": {"name": "al2023-ami-*-x86_64", "architecture": "x86_64",
                        "root-device-type": "ebs", "virtualization-type": "hvm"},
            "owners": ["amazon"], "most_recent": true
        },
        "ami_name": name,
        "ami_regions": ["eu-west-1"],
        "ami_users": [PARTNER],
        "snapshot_users": [PARTNER],
        "tags": {"Team": "web"},
        "run_tags": {"Builder": "packer"},
        "snapshot_tags": {"Team": "web"}
    });
    if encrypted {
        b["encrypt_boot"] = true.into();
        b["kms_key_id"] = "alias/packer".into();
        b["region_kms_key_ids"] = serde_json::json!({"eu-west-1": "alias/packer"});
    }
    serde_json::json!({ "builders": [b] })
}

#[test]
fn packer_builds_encrypted_and_plain_images_in_two_regions_and_cleans_up() {
    if !have("packer", &["version"]) {
        println!("skipped: packer is missing (apt-get install packer)");
        return;
    }
    let w = World::new();
    w.ok(&["init"]);
    for region in ["us-east-1", "eu-west-1"] {
        w.ok(&["keys", "create", "--alias", "packer", "--region", region]);
        w.ok(&["keys", "grant", "alias/packer", "--grantee", PARTNER, "--region", region]);
    }
    let s = Served::start(&w, &["--instant"]);
    let (key, secret) = credentials(&w, MAIN);
    let dir = tempfile::tempdir().unwrap();
    for (name, encrypted) in [("packer-plain", false), ("packer-enc", true)] {
        let file = dir.path().join(format!("{name}.json"));
        std::fs::write(&file, template(&s.url(), &key, &secret, name, encrypted).to_string()).unwrap();
        let out = Command::new("packer")
            .args(["build", "-machine-readable", "-color=false"])
            .arg(&file)
            .env("CHECKPOINT_DISABLE", "1")
            .env("PACKER_CONFIG_DIR", dir.path())
            .env("HOME", dir.path())
            .current_dir(dir.path())
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "packer build {name} failed:\n{log}");
    }
    drop(s);
    for (name, encrypted) in [("packer-plain", false), ("packer-enc", true)] {
        for region in ["us-east-1", "eu-west-1"] {
            let v = w.ok(&[
                "describe",
                "--owners",
                "self",
                "--region",
                region,
                "--filter",
                &format!("Name=name,Values={name}"),
            ]);
            let image = &v["Images"][0];
            assert_eq!(image["State"], "available", "{name} in {region}: {v}");
            let id = image["ImageId"].as_str().unwrap();
            let ebs = &image["BlockDeviceMappings"][0]["Ebs"];
            assert_eq!(ebs["Encrypted"], encrypted, "{name} in {region}");
            if encrypted {
                let key = w.ok(&["keys", "list", "--region", region])["Keys"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|k| k["Alias"] == "alias/packer")
                    .unwrap()["Arn"]
                    .clone();
                assert_eq!(ebs["KmsKeyId"], key, "{name} in {region}");
            }
            assert_eq!(image["Tags"], serde_json::json!([{"Key": "Team", "Value": "web"}]), "{name} in {region}");
            let shared = w.ok(&["share", id, "--region", region]);
            assert_eq!(shared["LaunchPermissions"], serde_json::json!([{"UserId": PARTNER}]), "{name} in {region}");
            let snap = ebs["SnapshotId"].as_str().unwrap();
            let perms = w.ok(&["snapshots", "share", snap, "--region", region]);
            assert_eq!(
                perms["CreateVolumePermissions"],
                serde_json::json!([{"UserId": PARTNER}]),
                "{name} in {region}"
            );
            let snaps = w.ok(&["snapshots", "list", snap, "--region", region]);
            assert_eq!(snaps["Snapshots"][0]["Tags"], serde_json::json!([{"Key": "Team", "Value": "web"}]));
            // The partner can launch it: the key is granted, the image and snapshot shared.
            w.ok(&["launch", id, "--region", region, "--account", PARTNER]);
        }
    }
    // The builder instances are terminated; the temporary key pair and group are gone.
    let instances = w.ok(&["instances", "list"]);
    let builders: Vec<&serde_json::Value> = instances["Instances"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["Tags"].to_string().contains("packer"))
        .collect();
    assert_eq!(builders.len(), 2, "{instances}");
    assert!(builders.iter().all(|i| i["State"]["Name"] == "terminated"), "{instances}");
    assert!(w.ok(&["key-pairs", "list"])["KeyPairs"].as_array().unwrap().is_empty());
    assert_eq!(w.ok(&["security-groups", "list"])["SecurityGroups"].as_array().unwrap().len(), 1, "default only");
    w.ok(&["doctor"]);
}

/// Ansible's collections run tests/clients/ansible_build.yml unchanged: every
/// task ok, and nothing left behind.
#[test]
fn ansible_builds_shares_and_cleans_up() {
    if !have("ansible-playbook", &["--version"]) {
        println!("skipped: ansible is missing (pip install ansible)");
        return;
    }
    let python = Command::new("python3").args(["-c", "import sys, boto3; print(sys.executable)"]).output().unwrap();
    if !python.status.success() {
        println!("skipped: python3 with boto3 is missing");
        return;
    }
    let python = String::from_utf8_lossy(&python.stdout).trim().to_string();
    let w = World::new();
    w.ok(&["init"]);
    w.ok(&["keys", "create", "--alias", "ansible", "--region", "eu-west-1"]);
    w.ok(&["keys", "grant", "alias/ansible", "--grantee", PARTNER, "--region", "eu-west-1"]);
    let s = Served::start(&w, &["--instant"]);
    let (key, secret) = credentials(&w, MAIN);
    let playbook = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/ansible_build.yml");
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("ansible-playbook")
        .args(["-i", "localhost,"])
        .arg(&playbook)
        .args(["-e", &format!("ansible_python_interpreter={python}")])
        .args(["-e", &format!("endpoint={}", s.url()), "-e", &format!("access_key={key}"), "-e"])
        .arg(format!("secret_key={secret}"))
        .env("ANSIBLE_NOCOLOR", "1")
        .env("ANSIBLE_LOCAL_TEMP", dir.path())
        .env("ANSIBLE_HOME", dir.path())
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "ansible-playbook failed:\n{log}");
    assert!(log.contains("failed=0"), "{log}");
    drop(s);
    // Shared and tagged on the way: the audit log says so.
    let events = w.ok(&["events", "--region", "eu-west-1"]).to_string();
    for op in ["CopyImage", "RunInstances", "CreateImage", "ModifyImageAttribute", "CreateTags", "DeregisterImage"] {
        assert!(events.contains(op), "{op} missing from the events");
    }
    // Nothing is left behind.
    w.ok(&["clock", "advance", "2h"]);
    let eu = ["--region", "eu-west-1"];
    assert!(w.ok(&["describe", "--owners", "self", eu[0], eu[1]])["Images"].as_array().unwrap().is_empty());
    assert!(w.ok(&["snapshots", "list", "--owners", "self", eu[0], eu[1]])["Snapshots"].as_array().unwrap().is_empty());
    let instances = w.ok(&["instances", "list", eu[0], eu[1]]);
    assert!(instances["Instances"].as_array().unwrap().iter().all(|i| i["State"]["Name"] == "terminated"));
    w.ok(&["doctor"]);
}
