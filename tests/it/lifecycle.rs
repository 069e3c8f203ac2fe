//! R-LIF-1..4 and R-IMG-6: deregister, protection, deprecation, disable.
use crate::common;
use common::*;

#[test]
fn r_lif_1_r_id_2_deregister_keeps_snapshots_unless_asked() {
    let w = World::new();
    let id = w.image("web", &[]);
    let snaps = w.snapshots_of(&id, &[]);
    let inst = w.ok(&["launch", &id, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let v = w.ok(&["deregister", &id]);
    assert_eq!(v["Return"], true);
    // R-ID-2: describe by ID answers an empty list while an instance launched
    // from it runs, and for an hour after; every other operation is NotFound.
    let empty = serde_json::json!([]);
    assert_eq!(w.ok(&["describe", &id])["Images"], empty);
    w.refused(&["launch", &id], "InvalidAMIID.NotFound");
    w.refused(&["describe", &id, "--account", PARTNER], "InvalidAMIID.NotFound");
    w.ok(&["clock", "advance", "2h"]);
    assert_eq!(w.ok(&["describe", &id])["Images"], empty, "an instance from it still runs");
    assert_eq!(w.ok(&["snapshots", "list", &snaps[0]])["Snapshots"][0]["Images"], empty);
    assert_eq!(w.ok(&["instances", "list", &inst])["Instances"][0]["State"]["Name"], "running");
    w.ok(&["instances", "terminate", &inst]);
    w.ok(&["clock", "advance", "5m"]);
    w.refused(&["describe", &id], "InvalidAMIID.NotFound");
    // The name is free again.
    let again = w.image("web", &[]);
    let v = w.ok(&["deregister", &again, "--delete-associated-snapshots"]);
    assert_eq!(v["DeleteSnapshotResults"][0]["ReturnCode"], "success");
    let gone = v["DeleteSnapshotResults"][0]["SnapshotId"].as_str().unwrap().to_string();
    w.refused(&["snapshots", "list", &gone], "InvalidSnapshot.NotFound");
}

#[test]
fn r_lif_2_protection_and_cooldown() {
    let w = World::new();
    let id = w.image("web", &[]);
    assert_eq!(w.ok(&["protect", &id])["Return"], "enabled-without-cooldown");
    w.refused(&["deregister", &id], "OperationNotPermitted");
    assert_eq!(w.ok(&["protect", &id, "--off"])["Return"], "disabled");
    assert_eq!(w.ok(&["protect", &id, "--with-cooldown"])["Return"], "enabled-with-cooldown");
    let off = w.ok(&["protect", &id, "--off"]);
    assert!(off["Return"].as_str().unwrap().starts_with("disabled-after 2026-01-02T"), "{off}");
    assert!(w.describe_one(&id, &[])["DeregistrationProtection"].as_str().unwrap().starts_with("disabled-after"));
    w.refused(&["deregister", &id], "OperationNotPermitted");
    w.ok(&["clock", "advance", "24h"]);
    assert_eq!(w.describe_one(&id, &[])["DeregistrationProtection"], "disabled");
    w.ok(&["deregister", &id]);
}

#[test]
fn r_lif_3_deprecation_hides_from_others_but_stays_launchable() {
    let w = World::new();
    let id = w.image("web", &[]);
    w.ok(&["share", &id, "--add", PARTNER]);
    w.refused(&["deprecate", &id, "--at", "2025-01-01T00:00:00Z"], "InvalidParameterValue");
    w.refused(&["deprecate", &id, "--in", "4000d"], "InvalidParameterValue");
    w.refused(&["deprecate", &id, "--at", "tomorrow"], "InvalidParameterValue");
    w.ok(&["deprecate", &id, "--in", "1d"]);
    let listed = |account: &str, extra: &[&str]| {
        let mut args = vec!["describe", "--account", account];
        args.extend_from_slice(extra);
        w.ok(&args).to_string().contains(id.as_str())
    };
    assert!(listed(PARTNER, &[]));
    w.ok(&["clock", "advance", "2d"]);
    assert!(!listed(PARTNER, &[]));
    assert!(listed(PARTNER, &["--include-deprecated"]));
    assert!(listed(MAIN, &[]), "the owner always sees it");
    assert_eq!(w.describe_one(&id, &["--account", PARTNER])["ImageId"], id.as_str(), "by ID");
    w.ok(&["launch", &id, "--account", PARTNER]);
    w.ok(&["deprecate", &id, "--cancel"]);
    assert!(listed(PARTNER, &[]));
}

#[test]
fn r_lif_4_disable_strips_permissions_and_enable_does_not_restore() {
    let w = World::new();
    let id = w.image("web", &[]);
    w.ok(&["share", &id, "--add", PARTNER]);
    w.ok(&["disable", &id]);
    assert_eq!(w.describe_one(&id, &[])["State"], "disabled");
    w.refused(&["launch", &id], "InvalidAMIID.Unavailable");
    w.refused(&["describe", &id, "--account", PARTNER], "InvalidAMIID.NotFound");
    w.ok(&["enable", &id]);
    assert_eq!(w.describe_one(&id, &[])["State"], "available");
    assert_eq!(w.ok(&["share", &id])["LaunchPermissions"], serde_json::json!([]));
    w.refused(&["launch", &id, "--account", PARTNER], "AuthFailure");
}
