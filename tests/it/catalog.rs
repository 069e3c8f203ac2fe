//! `amisim catalog import|list` (README, "Use your real tools"): real public images
//! with their own IDs, all or nothing, clear errors naming the item and field.
use crate::common;
use common::*;

const DOC: &str = r#"{
  "Images": [
    {
      "ImageId": "ami-0c02fb55956c7d316",
      "Name": "amzn2-ami-kernel-5.10-hvm-2.0.20220606.1-x86_64-gp2",
      "Description": "Amazon Linux 2 Kernel 5.10 AMI 2.0.20220606.1 x86_64 HVM gp2",
      "OwnerId": "137112412989",
      "ImageOwnerAlias": "amazon",
      "Architecture": "x86_64",
      "CreationDate": "2022-06-09T19:31:52.000Z",
      "RootDeviceType": "ebs",
      "RootDeviceName": "/dev/xvda",
      "PlatformDetails": "Linux/UNIX",
      "UsageOperation": "RunInstances",
      "Public": true,
      "State": "available",
      "BlockDeviceMappings": [
        {"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": "snap-0b1e3a4c5d6e7f809", "VolumeSize": 8, "VolumeType": "gp2", "Encrypted": false, "DeleteOnTermination": true}}
      ]
    },
    {
      "ImageId": "ami-0f9a92942448ac56f",
      "Name": "Windows_Server-2019-English-Full-Base-2022.06.15",
      "OwnerId": "801119661308",
      "ImageOwnerAlias": "amazon-windows",
      "Architecture": "x86_64",
      "Platform": "windows",
      "PlatformDetails": "Windows",
      "UsageOperation": "RunInstances:0002",
      "RootDeviceName": "/dev/sda1",
      "Region": "eu-west-1",
      "BlockDeviceMappings": [
        {"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 30}},
        {"DeviceName": "xvdca", "VirtualName": "ephemeral0"}
      ]
    }
  ]
}"#;

fn write(w: &World, name: &str, text: &str) -> String {
    let p = w.path.with_file_name(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

#[test]
fn import_keeps_real_ids_and_the_images_behave_like_aws_s() {
    let w = World::new();
    w.ok(&["init"]);
    let file = write(&w, "images.json", DOC);
    let r = w.ok(&["catalog", "import", &file, "--region", "us-east-2"]);
    assert_eq!(r["Images"][0]["ImageId"], "ami-0c02fb55956c7d316");
    assert_eq!(r["Images"][0]["Region"], "us-east-2");
    assert_eq!(r["Images"][1]["Region"], "eu-west-1", "an item's Region key wins");
    let listed = w.ok(&["catalog", "list"]);
    assert_eq!(listed["Images"].as_array().unwrap().len(), 2);
    let al2 = w.describe_one("ami-0c02fb55956c7d316", &["--region", "us-east-2"]);
    assert_eq!(al2["OwnerId"], "137112412989");
    assert_eq!(al2["ImageOwnerAlias"], "amazon");
    assert_eq!(al2["Public"], true);
    assert_eq!(al2["CreationDate"], "2022-06-09T19:31:52.000Z");
    assert_eq!(al2["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"], "snap-0b1e3a4c5d6e7f809");
    // The volume type it was given; gp3 where it was given none.
    assert_eq!(al2["BlockDeviceMappings"][0]["Ebs"]["VolumeType"], "gp2");
    // A new owner became a system owner: listed, never a caller, never billed.
    let accounts = w.ok(&["accounts", "list"]).to_string();
    assert!(accounts.contains("801119661308"), "{accounts}");
    w.refused(&["describe", "--account", "801119661308"], "AuthFailure");
    // Launchable by anyone, copyable when public without billing products (R-CPY-5) ...
    w.ok(&["launch", "ami-0c02fb55956c7d316", "--region", "us-east-2", "--account", PARTNER]);
    w.ok(&[
        "copy",
        "--source-image-id",
        "ami-0c02fb55956c7d316",
        "--source-region",
        "us-east-2",
        "--name",
        "my-al2",
        "--account",
        PARTNER,
        "--region",
        "us-east-2",
    ]);
    // ... and Windows carries its billing product (R-CPY-6).
    let win = w.describe_one("ami-0f9a92942448ac56f", &["--region", "eu-west-1"]);
    assert_eq!(win["BillingProducts"], serde_json::json!(["windows"]));
    assert_eq!(win["RootDeviceName"], "/dev/sda1");
    w.refused(
        &[
            "copy",
            "--source-image-id",
            "ami-0f9a92942448ac56f",
            "--source-region",
            "eu-west-1",
            "--region",
            "eu-west-1",
            "--name",
            "my-win",
        ],
        "InvalidRequest",
    );
    let filter =
        w.ok(&["describe", "--owners", "amazon", "--region", "us-east-2", "--filter", "Name=name,Values=amzn2-*"]);
    assert_eq!(filter["Images"][0]["ImageId"], "ami-0c02fb55956c7d316");
    w.ok(&["doctor"]);
}

#[test]
fn import_is_all_or_nothing_with_errors_naming_item_and_field() {
    let w = World::new();
    w.ok(&["init"]);
    let file = write(&w, "images.json", DOC);
    w.ok(&["catalog", "import", &file]);
    // Again: the first ID is taken; nothing of the second goes in either.
    let e = w.refused(&["catalog", "import", &file], "InvalidAMIID.Duplicate");
    assert!(e.contains("Images[0].ImageId"), "{e}");
    // Same name, new ID: the name is taken for that owner and region (R-IMG-2).
    let renamed = DOC
        .replace("ami-0c02fb55956c7d316", "ami-0123456789abcdef0")
        .replace("ami-0f9a92942448ac56f", "ami-0123456789abcdef1");
    let e = w.refused(&["catalog", "import", &write(&w, "renamed.json", &renamed)], "InvalidAMIName.Duplicate");
    assert!(e.contains("Images[0].Name"), "{e}");
    for (doc, field) in [
        (r#"{"Images": [{"Name": "x"}]}"#, "Images[0].ImageId: is missing"),
        (r#"{"Images": [{"ImageId": "ami-12345678", "Name": "x", "OwnerId": "12"}]}"#, "Images[0].OwnerId"),
        (
            r#"{"Images": [{"ImageId": "ami-12345678", "Name": "x", "OwnerId": "123456789012", "Architecture": "i386", "BlockDeviceMappings": []}]}"#,
            "Images[0].Architecture",
        ),
        (
            r#"{"Images": [{"ImageId": "ami-12345678", "Name": "x", "OwnerId": "123456789012", "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": "big"}}]}]}"#,
            "Images[0].BlockDeviceMappings[0].Ebs.VolumeSize",
        ),
        (
            r#"{"Images": [{"ImageId": "ami-12345678", "Name": "x", "OwnerId": "123456789012", "CreationDate": "yesterday", "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 8}}]}]}"#,
            "Images[0].CreationDate",
        ),
        (
            r#"{"Images": [{"ImageId": "ami-12345678", "Name": "x", "OwnerId": "123456789012", "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 8, "VolumeType": "floppy"}}]}]}"#,
            "Images[0].BlockDeviceMappings[0].Ebs.VolumeType",
        ),
        (r#"{"images": []}"#, "Images: the document must be"),
    ] {
        let e = w.refused(&["catalog", "import", &write(&w, "bad.json", doc)], "InvalidParameterValue");
        assert!(e.contains(field), "{field}: {e}");
    }
    let e = w.refused(&["catalog", "import", &write(&w, "notjson.json", "{not json")], "InvalidParameterValue");
    assert!(e.contains("is not JSON"), "{e}");
    // A missing file is I/O (exit 255), as for drills and pipelines.
    let r = w.run(&["catalog", "import", "/nonexistent/images.json"]);
    assert_eq!(r.code, 255, "{}", r.stderr);
    assert!(r.stderr.starts_with("amisim: cannot read /nonexistent/images.json"), "{}", r.stderr);
}
