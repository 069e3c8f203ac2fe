//! R-SHR-1..5: launch permissions, snapshot permissions and their refusals.
use crate::common;
use common::*;
use serde_json::json;

#[test]
fn r_shr_1_new_images_are_private() {
    let w = World::new();
    let id = w.image("web-v1", &[]);
    assert_eq!(w.ok(&["share", &id]), json!({"ImageId": id, "LaunchPermissions": []}));
    w.refused(&["launch", &id, "--account", PARTNER], "AuthFailure");
    w.ok(&["launch", &id]);
}

#[test]
fn r_shr_2_add_remove_public_private() {
    let w = World::new();
    let id = w.image("web-v1", &[]);
    let v = w.ok(&["share", &id, "--add", PARTNER, SANDBOX]);
    assert_eq!(v["LaunchPermissions"], json!([{"UserId": PARTNER}, {"UserId": SANDBOX}]));
    // Adding a present account or removing an absent one is a no-op.
    let v = w.ok(&["share", &id, "--add", PARTNER, "--remove", "999999999999"]);
    assert_eq!(v["LaunchPermissions"].as_array().unwrap().len(), 2);
    // Any well-formed account is accepted.
    w.ok(&["share", &id, "--add", "123456789012"]);
    w.ok(&["share", &id, "--remove", "123456789012", SANDBOX]);
    w.refused(&["share", &id, "--add", "12345"], "InvalidAMIAttributeItemValue");
    w.refused(&["share", &id, "--add", "all"], "InvalidAMIAttributeItemValue");
    // Sharing never changes the owner.
    assert_eq!(w.describe_one(&id, &["--account", PARTNER])["OwnerId"], MAIN);
    w.ok(&["accounts", "block-public-access", "off"]);
    let v = w.ok(&["share", &id, "--public"]);
    assert_eq!(v["LaunchPermissions"], json!([{"UserId": PARTNER}, {"Group": "all"}]));
    assert_eq!(w.describe_one(&id, &[])["Public"], true);
    // --private removes only `all`.
    let v = w.ok(&["share", &id, "--private"]);
    assert_eq!(v["LaunchPermissions"], json!([{"UserId": PARTNER}]));
    // Only the owner shares, or even looks.
    w.refused(&["share", &id, "--add", SANDBOX, "--account", PARTNER], "AuthFailure");
    w.refused(&["share", &id, "--account", PARTNER], "AuthFailure");
    w.refused(&["share", "ami-00000000000000001"], "InvalidAMIID.NotFound");
    w.refused(&["share", "ami-1"], "InvalidAMIID.Malformed");
}

#[test]
fn r_shr_3_sharing_an_image_does_not_share_its_snapshots_unless_asked() {
    let w = World::new();
    let id = w.image("web-v1", &[]);
    let snaps = w.snapshots_of(&id, &[]);
    w.ok(&["share", &id, "--add", PARTNER]);
    assert_eq!(w.ok(&["snapshots", "share", &snaps[0]])["CreateVolumePermissions"], json!([]));
    // --with-snapshots applies the grant even for an account that already had launch permission.
    w.ok(&["share", &id, "--add", PARTNER, "--with-snapshots"]);
    assert_eq!(w.ok(&["snapshots", "share", &snaps[0]])["CreateVolumePermissions"], json!([{"UserId": PARTNER}]));
    assert_eq!(
        w.ok(&["snapshots", "list", &snaps[0], "--account", PARTNER])["Snapshots"][0]["SnapshotId"],
        snaps[0].as_str()
    );
    w.ok(&["share", &id, "--remove", PARTNER, "--with-snapshots"]);
    assert_eq!(w.ok(&["snapshots", "share", &snaps[0]])["CreateVolumePermissions"], json!([]));
    w.refused(&["snapshots", "share", &snaps[0], "--add", "nope"], "InvalidParameterValue");
    w.refused(&["snapshots", "share", &snaps[0], "--add", SANDBOX, "--account", PARTNER], "AuthFailure");
    w.refused(&["snapshots", "share", "snap-00000000000000001", "--add", SANDBOX], "InvalidSnapshot.NotFound");
    w.refused(&["snapshots", "list", "snap-00000000000000001"], "InvalidSnapshot.NotFound");
    w.refused(&["snapshots", "list", "snap-x"], "InvalidSnapshotID.Malformed");
}

#[test]
fn r_shr_4_aws_managed_key_blocks_sharing() {
    let w = World::new();
    let id = w.image("enc", &["--encrypted"]);
    let err = w.refused(&["share", &id, "--add", PARTNER], "InvalidParameter");
    assert!(
        err.contains("Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot."),
        "{err}"
    );
    let snap = w.snapshots_of(&id, &[])[0].clone();
    w.refused(&["snapshots", "share", &snap, "--add", PARTNER], "OperationNotPermitted");
    // A customer-managed key can be granted and its images shared.
    w.ok(&["keys", "create", "--alias", "team"]);
    let cmk = w.image("enc-cmk", &["--encrypted", "--kms-key-id", "alias/team"]);
    w.ok(&["share", &cmk, "--add", PARTNER, "--with-snapshots"]);
    w.ok(&["keys", "grant", "alias/team", "--grantee", PARTNER]);
    w.refused(&["keys", "grant", "alias/aws/ebs", "--grantee", PARTNER], "InvalidParameterValue");
    w.refused(&["keys", "grant", "alias/none", "--grantee", PARTNER], "NotFoundException");
}

#[test]
fn r_shr_5_public_refusals_in_order() {
    let w = World::new();
    let enc = w.image("enc", &["--encrypted"]);
    // Block public access is checked first, even for an encrypted image.
    w.refused(&["share", &enc, "--public"], "OperationNotPermitted");
    assert_eq!(w.ok(&["accounts", "block-public-access", "off"])["ImageBlockPublicAccessState"], "unblocked");
    w.refused(&["share", &enc, "--public"], "UnsupportedOperation");
    let win = w.catalog("amazon", "Windows_Server", "us-east-1");
    let i = w.ok(&["launch", &win, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let billing = w.image("my-win", &["--instance-id", &i]);
    w.refused(&["share", &billing, "--public"], "OperationNotPermitted");
    for n in 0..5 {
        let id = w.image(&format!("pub-{n}"), &[]);
        w.ok(&["share", &id, "--public"]);
    }
    let sixth = w.image("pub-5", &[]);
    w.refused(&["share", &sixth, "--public"], "ResourceLimitExceeded");
    // The quota is per region.
    let eu = w.image("pub-eu", &["--region", "eu-west-1"]);
    w.ok(&["accounts", "block-public-access", "off", "--region", "eu-west-1"]);
    w.ok(&["share", &eu, "--public", "--region", "eu-west-1"]);
    // Block public access is per region: still on in us-west-2.
    let west = w.image("pub-west", &["--region", "us-west-2"]);
    w.refused(&["share", &west, "--public", "--region", "us-west-2"], "OperationNotPermitted");
}
