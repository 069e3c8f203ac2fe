//! The operation table: every operation in it is reachable from the command
//! line or the endpoint, and its write/read flag is what the audit log
//! records (R-EVT-1): a write leaves one event named as the table names it,
//! a read leaves none.
use crate::common;
use amisim::api::OPERATIONS;
use common::serve::Served;
use common::*;
use std::collections::BTreeSet;

enum Via {
    Cli(&'static [&'static str]),
    Api(&'static str, &'static [(&'static str, &'static str)]),
}

/// One way to reach each operation; `{img}`, `{snap}`, `{inst}`, `{key}` and
/// `{prod}` and `{catalog}` are filled in from the world the test prepares.
fn ways() -> Vec<(&'static str, Via)> {
    use Via::*;
    vec![
        ("CreateImage", Cli(&["create", "--instance-id", "{inst}", "--name", "from-instance"])),
        ("RegisterImage", Cli(&["create", "--name", "registered"])),
        ("CopyImage", Cli(&["copy", "--source-image-id", "{img}", "--source-region", "us-east-1", "--name", "copied"])),
        ("DescribeLaunchPermissions", Cli(&["share", "{img}"])),
        ("ModifyLaunchPermissions", Cli(&["share", "{img}", "--add", PARTNER])),
        ("RunInstances", Cli(&["launch", "{img}"])),
        ("DescribeImages", Cli(&["describe"])),
        ("DescribeInstances", Cli(&["instances", "list"])),
        ("StopInstances", Cli(&["instances", "stop", "{inst}"])),
        ("StartInstances", Cli(&["instances", "start", "{inst}"])),
        ("TerminateInstances", Cli(&["instances", "terminate", "i-0123456789abcdef0"])),
        ("DescribeSnapshots", Cli(&["snapshots", "list"])),
        ("DescribeVolumePermissions", Cli(&["snapshots", "share", "{snap}"])),
        ("ModifyVolumePermissions", Cli(&["snapshots", "share", "{snap}", "--add", PARTNER])),
        ("CopySnapshot", Cli(&["snapshots", "copy", "{snap}", "--source-region", "us-east-1"])),
        ("DeleteSnapshot", Cli(&["snapshots", "delete", "snap-0123456789abcdef0"])),
        ("ArchiveSnapshot", Cli(&["snapshots", "archive", "snap-0123456789abcdef0"])),
        ("RestoreSnapshot", Cli(&["snapshots", "restore", "snap-0123456789abcdef0"])),
        ("ListKeys", Cli(&["keys", "list"])),
        ("CreateKey", Cli(&["keys", "create", "--alias", "alias/second"])),
        ("CreateGrant", Cli(&["keys", "grant", "{key}", "--grantee", PARTNER])),
        ("RevokeGrant", Cli(&["keys", "revoke", "{key}", "--grantee", PARTNER])),
        ("ListAccounts", Cli(&["accounts", "list"])),
        ("CreateAccount", Cli(&["accounts", "create"])),
        ("EnableBlockPublicAccess", Cli(&["accounts", "block-public-access", "on"])),
        ("DisableBlockPublicAccess", Cli(&["accounts", "block-public-access", "off"])),
        ("GetBlockPublicAccess", Cli(&["accounts", "block-public-access"])),
        ("ListProducts", Cli(&["marketplace", "list"])),
        ("Subscribe", Cli(&["marketplace", "subscribe", "{prod}"])),
        ("Publish", Cli(&["marketplace", "publish", "{img}", "--price", "0.5"])),
        ("CreateTags", Cli(&["tag", "{img}", "team=web"])),
        ("DeleteTags", Cli(&["tag", "{img}", "--remove", "team"])),
        ("Deregister", Cli(&["deregister", "ami-0123456789abcdef0"])),
        ("EnableProtection", Cli(&["protect", "{img}"])),
        ("DisableProtection", Cli(&["protect", "{img}", "--off"])),
        ("EnableDeprecation", Cli(&["deprecate", "{img}", "--in", "30d"])),
        ("DisableDeprecation", Cli(&["deprecate", "{img}", "--cancel"])),
        ("Disable", Cli(&["disable", "ami-0123456789abcdef0"])),
        ("Enable", Cli(&["enable", "ami-0123456789abcdef0"])),
        ("Explain", Cli(&["explain", "{img}", "--action", "launch"])),
        ("GetCost", Cli(&["cost"])),
        ("LookupEvents", Cli(&["events"])),
        ("Lineage", Cli(&["lineage", "{img}"])),
        ("PlanCleanup", Cli(&["cleanup"])),
        ("ApplyCleanup", Cli(&["cleanup", "--apply", "--older-than", "9999d"])),
        ("CheckWorld", Cli(&["doctor"])),
        ("ShowClock", Cli(&["clock", "show"])),
        ("AdvanceClock", Cli(&["clock", "advance", "1m"])),
        ("Wait", Cli(&["wait", "image-available", "{img}"])),
        ("DescribeImageAttribute", Cli(&["attribute", "{img}", "description"])),
        ("SetDescription", Cli(&["modify", "{img}", "--description", "web"])),
        ("SetImdsSupport", Cli(&["modify", "{img}", "--imds-support", "v2.0"])),
        ("ResetLaunchPermissions", Cli(&["share", "{img}", "--reset"])),
        ("DescribeTags", Api("DescribeTags", &[])),
        (
            "DescribeInstanceAttribute",
            Api("DescribeInstanceAttribute", &[("InstanceId", "{inst}"), ("Attribute", "instanceType")]),
        ),
        (
            "ModifyInstanceAttribute",
            Api("ModifyInstanceAttribute", &[("InstanceId", "{inst}"), ("DisableApiTermination.Value", "false")]),
        ),
        ("DescribeCreditSpecifications", Api("DescribeInstanceCreditSpecifications", &[])),
        ("DescribeVolumes", Api("DescribeVolumes", &[])),
        ("DescribeInstanceTypes", Api("DescribeInstanceTypes", &[])),
        ("DescribeRegions", Cli(&["regions"])),
        ("DescribeAvailabilityZones", Api("DescribeAvailabilityZones", &[])),
        ("DescribeAccountAttributes", Api("DescribeAccountAttributes", &[])),
        ("DescribeVpcs", Api("DescribeVpcs", &[])),
        ("DescribeSubnets", Api("DescribeSubnets", &[])),
        ("ListCredentials", Cli(&["accounts", "credentials"])),
        ("RotateCredentials", Cli(&["accounts", "credentials", "--rotate", SANDBOX])),
        ("DescribeInstanceStatus", Cli(&["instances", "status", "--all"])),
        ("DescribeNetworkInterfaces", Api("DescribeNetworkInterfaces", &[])),
        ("CreateKeyPair", Cli(&["key-pairs", "create", "table-key", "--type", "ed25519"])),
        ("ImportKeyPair", Cli(&["key-pairs", "import", "table-key", "--public-key-file", "{catalog}"])),
        ("DescribeKeyPairs", Cli(&["key-pairs", "list"])),
        ("DeleteKeyPair", Cli(&["key-pairs", "delete", "table-key"])),
        ("CreateSecurityGroup", Cli(&["security-groups", "create", "table-sg", "--description", "t"])),
        ("DescribeSecurityGroups", Cli(&["security-groups", "list"])),
        ("DeleteSecurityGroup", Cli(&["security-groups", "delete", "sg-0123456789abcdef0"])),
        (
            "AuthorizeIngress",
            Cli(&["security-groups", "authorize", "sg-0123456789abcdef0", "--port", "22", "--cidr", "10.0.0.0/8"]),
        ),
        (
            "AuthorizeEgress",
            Api(
                "AuthorizeSecurityGroupEgress",
                &[
                    ("GroupId", "sg-0123456789abcdef0"),
                    ("IpPermissions.1.IpProtocol", "-1"),
                    ("IpPermissions.1.IpRanges.1.CidrIp", "10.0.0.0/8"),
                ],
            ),
        ),
        (
            "RevokeIngress",
            Cli(&["security-groups", "revoke", "sg-0123456789abcdef0", "--port", "22", "--cidr", "10.0.0.0/8"]),
        ),
        (
            "RevokeEgress",
            Cli(&[
                "security-groups",
                "revoke",
                "sg-0123456789abcdef0",
                "--egress",
                "--protocol",
                "all",
                "--cidr",
                "10.0.0.0/8",
            ]),
        ),
        ("ImportCatalog", Cli(&["catalog", "import", "{catalog}"])),
        ("ListCatalog", Cli(&["catalog", "list"])),
    ]
}

fn events(w: &World) -> Vec<serde_json::Value> {
    w.ok(&["events", "--all-accounts"])["Events"].as_array().cloned().unwrap_or_default()
}

#[test]
fn every_operation_is_reachable_and_audited_as_its_flag_says() {
    let w = World::new();
    let img = w.image("table-web", &[]);
    let snap = w.snapshots_of(&img, &[])[0].clone();
    let inst = w.ok(&["launch", &img, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let key = w.ok(&["keys", "create", "--alias", "alias/table"])["KeyId"].as_str().unwrap().to_string();
    let prod = w.ok(&["marketplace", "list"])["Products"][0]["ProductCodeId"].as_str().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("catalog.json");
    std::fs::write(&catalog, r#"{"Images": [{"ImageId": "ami-0123456789abcdef0"}]}"#).unwrap();
    let catalog = catalog.to_str().unwrap().to_string();
    let fill = |s: &str| {
        s.replace("{catalog}", &catalog)
            .replace("{img}", &img)
            .replace("{snap}", &snap)
            .replace("{inst}", &inst)
            .replace("{key}", &key)
            .replace("{prod}", &prod)
    };
    let ways = ways();
    let table: BTreeSet<&str> = OPERATIONS.iter().map(|o| o.variant).collect();
    let tested: BTreeSet<&str> = ways.iter().map(|(v, _)| *v).collect();
    assert_eq!(table, tested, "every operation in the table, and only those, has a way in");
    let s = Served::start(&w, &[]);
    let mut api = s.client(&w, MAIN, "us-east-1");
    for (variant, via) in &ways {
        let op = OPERATIONS.iter().find(|o| o.variant == *variant).unwrap();
        let before = events(&w).len();
        match via {
            Via::Cli(args) => {
                let args: Vec<String> = args.iter().map(|a| fill(a)).collect();
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let r = w.run(&args);
                // Reached the service: it answered, or refused with an AWS code (254).
                assert!(r.code == 0 || r.code == 254, "{variant}: amisim {args:?} exited {}: {}", r.code, r.stderr);
            }
            Via::Api(action, params) => {
                let params: Vec<(String, String)> = params.iter().map(|(k, v)| (k.to_string(), fill(v))).collect();
                let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                let r = api.call(action, &params).unwrap();
                assert!(r.status == 200 || r.code().is_some(), "{variant}: {}", r.body);
            }
        }
        let after = events(&w);
        if op.writes {
            assert_eq!(after.len(), before + 1, "{variant} writes: one audit event");
            let last = after.iter().max_by_key(|e| e["EventId"].as_i64().unwrap_or_default()).unwrap();
            assert_eq!(last["Operation"].as_str(), Some(op.name), "{variant}: {last}");
        } else {
            assert_eq!(after.len(), before, "{variant} reads: no audit event");
        }
    }
}
