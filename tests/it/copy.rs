//! R-CPY-1..7: copy within and across regions and accounts.
use crate::common;
use common::*;

fn copy(w: &World, src: &str, from: &str, extra: &[&str]) -> Result<String, String> {
    let mut args = vec!["copy", "--source-image-id", src, "--source-region", from, "--wait"];
    args.extend_from_slice(extra);
    let r = w.run(&args);
    if r.code == 0 {
        Ok(r.json()["ImageId"].as_str().unwrap().to_string())
    } else {
        Err(r.stderr)
    }
}

#[test]
fn r_cpy_1_cross_region_copy_is_identical_but_distinct() {
    let w = World::new();
    let src = w.image("web-v1", &["--description", "web", "--architecture", "arm64"]);
    let dst = copy(&w, &src, "us-east-1", &["--region", "eu-west-1", "--name", "web-v1"]).unwrap();
    assert_ne!(src, dst);
    let (s, d) = (w.describe_one(&src, &[]), w.describe_one(&dst, &["--region", "eu-west-1"]));
    assert_eq!(d["Region"], "eu-west-1");
    assert_eq!(d["OwnerId"], MAIN);
    assert_eq!(d["Architecture"], "arm64");
    assert_eq!(d["Description"], "web", "description defaults to the source's");
    assert_eq!(d["SourceImageId"], src.as_str());
    assert_eq!(d["SourceImageRegion"], "us-east-1");
    assert_eq!(d["PlatformDetails"], s["PlatformDetails"]);
    assert_ne!(d["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"], s["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]);
    let snap = d["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"].as_str().unwrap();
    let listed = w.ok(&["snapshots", "list", snap, "--region", "eu-west-1"]);
    assert_eq!(listed["Snapshots"][0]["OwnerId"], MAIN);
    assert_eq!(listed["Snapshots"][0]["Region"], "eu-west-1");
    // R-ID-4: the copy does not exist in the source region.
    w.refused(&["describe", &dst], "InvalidAMIID.NotFound");
    // Same-region copy is allowed too.
    copy(&w, &src, "us-east-1", &["--name", "web-v1-copy"]).unwrap();
    // The source must be found in --source-region.
    w.refused(
        &["copy", "--source-image-id", &src, "--source-region", "us-west-2", "--name", "nope"],
        "InvalidAMIID.NotFound",
    );
    w.refused(
        &["copy", "--source-image-id", "ami-zz", "--source-region", "us-east-1", "--name", "nope"],
        "InvalidAMIID.Malformed",
    );
}

#[test]
fn r_cpy_2_name_must_be_free_in_the_destination() {
    let w = World::new();
    let src = w.image("web-v1", &[]);
    w.image("taken", &["--region", "eu-west-1"]);
    w.refused(
        &[
            "copy",
            "--source-image-id",
            &src,
            "--source-region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "--name",
            "taken",
        ],
        "InvalidAMIName.Duplicate",
    );
    w.refused(
        &["copy", "--source-image-id", &src, "--source-region", "us-east-1", "--name", "web-v1"],
        "InvalidAMIName.Duplicate",
    );
    w.refused(
        &["copy", "--source-image-id", &src, "--source-region", "us-east-1", "--name", "!!"],
        "InvalidAMIName.Malformed",
    );
}

#[test]
fn r_cpy_3_launch_permissions_never_copied_tags_only_on_request() {
    let w = World::new();
    let src = w.image("web-v1", &["--tag", "team=web"]);
    w.ok(&["share", &src, "--add", PARTNER]);
    let plain = copy(&w, &src, "us-east-1", &["--name", "plain"]).unwrap();
    let tagged = copy(&w, &src, "us-east-1", &["--name", "tagged", "--copy-tags"]).unwrap();
    assert_eq!(w.ok(&["share", &plain])["LaunchPermissions"], serde_json::json!([]));
    assert_eq!(w.describe_one(&plain, &[])["Tags"], serde_json::json!([]));
    assert_eq!(w.describe_one(&tagged, &[])["Tags"][0]["Value"], "web");
}

#[test]
fn r_cpy_4_encryption_matrix() {
    let w = World::new();
    let plain = w.image("plain", &[]);
    // unencrypted → unencrypted
    let u2u = copy(&w, &plain, "us-east-1", &["--name", "u2u"]).unwrap();
    assert_eq!(w.describe_one(&u2u, &[])["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], false);
    // unencrypted → encrypted
    let u2e = copy(&w, &plain, "us-east-1", &["--name", "u2e", "--encrypted"]).unwrap();
    let ebs = w.describe_one(&u2e, &[])["BlockDeviceMappings"][0]["Ebs"].clone();
    assert_eq!(ebs["Encrypted"], true);
    // encrypted → encrypted, keeping the key in the same region and account
    let e2e = copy(&w, &u2e, "us-east-1", &["--name", "e2e"]).unwrap();
    assert_eq!(w.describe_one(&e2e, &[])["BlockDeviceMappings"][0]["Ebs"]["KmsKeyId"], ebs["KmsKeyId"]);
    // across regions: the caller's aws/ebs in the destination
    let e2e_eu = copy(&w, &u2e, "us-east-1", &["--name", "e2e", "--region", "eu-west-1"]).unwrap();
    let eu_key = w.describe_one(&e2e_eu, &["--region", "eu-west-1"])["BlockDeviceMappings"][0]["Ebs"]["KmsKeyId"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(eu_key.starts_with("arn:aws:kms:eu-west-1:111122223333:key/"), "{eu_key}");
    // encrypted → unencrypted: refused, exactly as AWS words it
    let err = w.refused(
        &["copy", "--source-image-id", &u2e, "--source-region", "us-east-1", "--name", "e2u", "--unencrypted"],
        "InvalidRequest",
    );
    assert!(
        err.contains("is encrypted. Creating unencrypted copy from an encrypted snapshot is not supported."),
        "{err}"
    );
    // flag combinations
    w.refused(
        &[
            "copy",
            "--source-image-id",
            &plain,
            "--source-region",
            "us-east-1",
            "--name",
            "kkk",
            "--kms-key-id",
            "alias/x",
        ],
        "InvalidParameterDependency",
    );
    w.refused(
        &[
            "copy",
            "--source-image-id",
            &plain,
            "--source-region",
            "us-east-1",
            "--name",
            "kkk",
            "--encrypted",
            "--unencrypted",
        ],
        "InvalidParameterCombination",
    );
    // a key must be in the destination region
    w.ok(&["keys", "create", "--alias", "app"]);
    let arn = w.ok(&["keys", "list"])["Keys"].as_array().unwrap().iter().find(|k| k["Alias"] == "alias/app").unwrap()
        ["Arn"]
        .as_str()
        .unwrap()
        .to_string();
    let err = w.refused(
        &[
            "copy",
            "--source-image-id",
            &plain,
            "--source-region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "--name",
            "kkk",
            "--encrypted",
            "--kms-key-id",
            &arn,
        ],
        "InvalidParameterValue",
    );
    assert!(err.contains("one region"), "{err}");
    copy(&w, &plain, "us-east-1", &["--name", "with-cmk", "--encrypted", "--kms-key-id", "alias/app"]).unwrap();
    // instance-store images cannot be encrypted by copy
    let tmpl = w.image("tmpl", &["--instance-store"]);
    w.refused(
        &["copy", "--source-image-id", &tmpl, "--source-region", "us-east-1", "--name", "tmpl-enc", "--encrypted"],
        "InvalidParameterCombination",
    );
    copy(&w, &tmpl, "us-east-1", &["--name", "tmpl-eu", "--region", "eu-west-1"]).unwrap();
}

#[test]
fn r_cpy_5_public_images_copyable_by_anyone() {
    let w = World::new();
    let al = w.catalog("amazon", "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64", "us-east-1");
    let mine = copy(&w, &al, "us-east-1", &["--name", "my-al", "--account", PARTNER, "--region", "eu-west-1"]).unwrap();
    let d = w.describe_one(&mine, &["--account", PARTNER, "--region", "eu-west-1"]);
    assert_eq!(d["OwnerId"], PARTNER);
    assert_eq!(d["Public"], false);
}

#[test]
fn r_cpy_5_shared_images_need_snapshot_permission_and_keys() {
    let w = World::new();
    // A private image of another account: not even shared.
    let src = w.image("web-v1", &[]);
    w.refused(
        &["copy", "--source-image-id", &src, "--source-region", "us-east-1", "--name", "mine", "--account", PARTNER],
        "AuthFailure",
    );
    w.ok(&["share", &src, "--add", PARTNER]);
    let err = w.refused(
        &["copy", "--source-image-id", &src, "--source-region", "us-east-1", "--name", "mine", "--account", PARTNER],
        "InvalidRequest",
    );
    assert!(err.contains("You do not have permission to access the storage of this ami"), "{err}");
    for s in w.snapshots_of(&src, &[]) {
        w.ok(&["snapshots", "share", &s, "--add", PARTNER]);
    }
    let mine = copy(&w, &src, "us-east-1", &["--name", "mine", "--account", PARTNER]).unwrap();
    assert_eq!(w.describe_one(&mine, &["--account", PARTNER])["OwnerId"], PARTNER);

    // Encrypted with a customer key: the key must be granted as well.
    w.ok(&["keys", "create", "--alias", "shared"]);
    let enc = w.image("enc", &["--encrypted", "--kms-key-id", "alias/shared"]);
    w.ok(&["share", &enc, "--add", PARTNER, "--with-snapshots"]);
    let err = w.refused(
        &[
            "copy",
            "--source-image-id",
            &enc,
            "--source-region",
            "us-east-1",
            "--name",
            "mine-enc",
            "--account",
            PARTNER,
        ],
        "InvalidRequest",
    );
    assert!(err.contains("KMS key"), "{err}");
    w.ok(&["keys", "grant", "alias/shared", "--grantee", PARTNER]);
    let c = copy(&w, &enc, "us-east-1", &["--name", "mine-enc", "--account", PARTNER]).unwrap();
    let ebs = w.describe_one(&c, &["--account", PARTNER])["BlockDeviceMappings"][0]["Ebs"].clone();
    assert_eq!(ebs["Encrypted"], true);
    assert!(
        ebs["KmsKeyId"].as_str().unwrap().contains(":222233334444:key/"),
        "re-encrypted with the copier's key: {ebs}"
    );
}

#[test]
fn r_cpy_6_billing_products_cannot_be_copied_across_accounts() {
    let w = World::new();
    let win = w.catalog("amazon", "Windows_Server", "us-east-1");
    let err = w.refused(
        &["copy", "--source-image-id", &win, "--source-region", "us-east-1", "--name", "my-win"],
        "InvalidRequest",
    );
    assert!(err.contains("Images with EC2 BillingProduct codes cannot be copied to another AWS account."), "{err}");
    let nginx = w.catalog("aws-marketplace", "acme", "us-east-1");
    let err = w.refused(
        &["copy", "--source-image-id", &nginx, "--source-region", "us-east-1", "--name", "my-nginx"],
        "InvalidRequest",
    );
    assert!(err.contains("Images from AWS Marketplace cannot be copied to another AWS account"), "{err}");
    // The seed's way through: launch, then create; the owner may then copy it across regions.
    let i = w.ok(&["launch", &win, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let mine = w.image("my-win", &["--instance-id", &i]);
    assert_eq!(w.describe_one(&mine, &[])["BillingProducts"], serde_json::json!(["windows"]));
    let eu = copy(&w, &mine, "us-east-1", &["--name", "my-win", "--region", "eu-west-1"]).unwrap();
    assert_eq!(w.describe_one(&eu, &["--region", "eu-west-1"])["BillingProducts"], serde_json::json!(["windows"]));
    // …but another account still may not copy the owner's billing-product image.
    w.ok(&["share", &mine, "--add", PARTNER, "--with-snapshots"]);
    w.refused(
        &["copy", "--source-image-id", &mine, "--source-region", "us-east-1", "--name", "theirs", "--account", PARTNER],
        "InvalidRequest",
    );
}

#[test]
fn r_cpy_7_copy_is_free_but_transfer_is_billed_to_the_source_owner() {
    let w = World::new();
    let src = w.image("web-v1", &[]);
    let before = w.dump();
    copy(&w, &src, "us-east-1", &["--name", "web-v1", "--region", "eu-west-1"]).unwrap();
    let conn = rusqlite::Connection::open(&w.path).unwrap();
    let (acct, region, amount): (String, String, f64) = conn
        .query_row("SELECT account_id, region, amount FROM ledger WHERE cause = 'data-transfer'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!((acct.as_str(), region.as_str()), (MAIN, "us-east-1"));
    assert!((amount - 8.0 * 0.02).abs() < 1e-9, "{amount}");
    assert_ne!(before, w.dump());
}
