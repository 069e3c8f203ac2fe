//! R-IMG-6..8: snapshots on their own — delete, copy, archive, restore.
use crate::common;
use common::*;

#[test]
fn r_img_6_snapshots_of_registered_images_cannot_be_deleted() {
    let w = World::new();
    let id = w.image("web", &[]);
    let snap = w.snapshots_of(&id, &[])[0].clone();
    let err = w.refused(&["snapshots", "delete", &snap], "InvalidSnapshot.InUse");
    assert!(err.contains(&format!("The snapshot {snap} is currently in use by {id}")), "{err}");
    w.ok(&["disable", &id]);
    w.refused(&["snapshots", "delete", &snap], "InvalidSnapshot.InUse");
    w.ok(&["deregister", &id]);
    w.refused(&["snapshots", "delete", &snap, "--account", PARTNER], "AuthFailure");
    w.ok(&["snapshots", "delete", &snap]);
    w.refused(&["snapshots", "delete", &snap], "InvalidSnapshot.NotFound");
    w.refused(&["snapshots", "delete", "snap-1"], "InvalidSnapshotID.Malformed");
}

#[test]
fn r_img_7_snapshot_copy_follows_the_encryption_matrix_and_permissions() {
    let w = World::new();
    let id = w.image("web", &[]);
    let snap = w.snapshots_of(&id, &[])[0].clone();
    let plain =
        w.id(&["snapshots", "copy", &snap, "--source-region", "us-east-1", "--region", "eu-west-1"], "SnapshotId");
    let listed = w.ok(&["snapshots", "list", &plain, "--region", "eu-west-1"]);
    assert_eq!(listed["Snapshots"][0]["Encrypted"], false);
    assert_eq!(listed["Snapshots"][0]["State"], "pending");
    let enc = w.id(&["snapshots", "copy", &snap, "--source-region", "us-east-1", "--encrypted"], "SnapshotId");
    w.ok(&["clock", "advance", "1h"]);
    let e = w.ok(&["snapshots", "list", &enc]);
    assert_eq!(e["Snapshots"][0]["Encrypted"], true);
    assert_eq!(e["Snapshots"][0]["State"], "completed");
    // An encrypted source stays encrypted; there is no way back.
    let again = w.id(&["snapshots", "copy", &enc, "--source-region", "us-east-1"], "SnapshotId");
    assert_eq!(w.ok(&["snapshots", "list", &again])["Snapshots"][0]["Encrypted"], true);
    w.refused(
        &["snapshots", "copy", &snap, "--source-region", "us-east-1", "--kms-key-id", "alias/x"],
        "InvalidParameterDependency",
    );
    // Another account needs createVolumePermission (R-CPY-5).
    w.refused(
        &["snapshots", "copy", &snap, "--source-region", "us-east-1", "--account", PARTNER],
        "InvalidSnapshot.NotFound",
    );
    w.ok(&["snapshots", "share", &snap, "--add", PARTNER]);
    let theirs =
        w.id(&["snapshots", "copy", &snap, "--source-region", "us-east-1", "--account", PARTNER], "SnapshotId");
    assert_eq!(w.ok(&["snapshots", "list", &theirs, "--account", PARTNER])["Snapshots"][0]["OwnerId"], PARTNER);
    assert_eq!(w.run(&["snapshots", "copy", &snap, "--source-region", "nowhere-1"]).code, 253);
}

#[test]
fn r_img_8_archive_rules_and_restore() {
    let w = World::new();
    let id = w.image("web", &[]);
    let snap = w.snapshots_of(&id, &[])[0].clone();
    let err = w.refused(&["snapshots", "archive", &snap], "IncorrectState");
    assert!(err.contains("disable or deregister"), "{err}");
    w.ok(&["disable", &id]);
    w.ok(&["snapshots", "archive", &snap]);
    w.refused(&["snapshots", "archive", &snap], "IncorrectState");
    w.refused(&["enable", &id], "IncorrectState");
    w.refused(&["snapshots", "restore", &snap], "IncorrectState");
    w.ok(&["clock", "advance", "24h"]);
    assert_eq!(w.ok(&["snapshots", "list", &snap])["Snapshots"][0]["StorageTier"], "archive");
    w.refused(&["snapshots", "share", &snap, "--add", PARTNER], "IncorrectState");
    w.ok(&["snapshots", "restore", &snap]);
    w.ok(&["clock", "advance", "72h"]);
    assert_eq!(w.ok(&["snapshots", "list", &snap])["Snapshots"][0]["StorageTier"], "standard");
    w.ok(&["enable", &id]);
    w.ok(&["launch", &id]);
}
