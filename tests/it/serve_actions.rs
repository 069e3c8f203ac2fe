//! Every action README "Use your real tools" lists, through the API: its success, and at least one
//! refusal with its HTTP status and code, which changes nothing (docs/rules.md
//! rules cited by ID).
use crate::common;
use amisim::client::{Client, Reply};
use common::serve::{ok, refused, Served};
use common::*;

/// A refusal that leaves the world as it was.
fn unchanged(w: &World, c: &mut Client, action: &str, params: &[(&str, &str)], status: u16, code: &str) -> Reply {
    let before = w.dump();
    let r = c.call(action, params).unwrap();
    refused(&r, status, code);
    assert_eq!(before, w.dump(), "{action} {params:?} was refused but changed the world");
    r
}

fn image_id(r: &Reply) -> String {
    r.text("imageId").unwrap_or_else(|| panic!("no imageId: {}", r.body))
}

#[test]
fn image_actions_r_img_r_cpy_r_shr_r_lif() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let mut partner = s.client(&w, PARTNER, "us-east-1");

    // RegisterImage (R-IMG-4) and its name rule (R-IMG-2).
    let reg = |name: &'static str| {
        vec![
            ("Name", name),
            ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
            ("BlockDeviceMapping.1.Ebs.VolumeSize", "8"),
        ]
    };
    let web = image_id(&ok(c.call("RegisterImage", &reg("web-v1"))));
    unchanged(&w, &mut c, "RegisterImage", &reg("!!"), 400, "InvalidAMIName.Malformed");
    unchanged(&w, &mut c, "RegisterImage", &reg("web-v1"), 400, "InvalidAMIName.Duplicate");
    // Pending images cannot be shared (section 3).
    unchanged(
        &w,
        &mut c,
        "ModifyImageAttribute",
        &[("ImageId", &web), ("LaunchPermission.Add.1.UserId", PARTNER)],
        400,
        "InvalidAMIID.Unavailable",
    );
    w.ok(&["wait", "image-available", &web]);

    // DescribeImages (R-SHR-6, R-ID-2).
    let r = ok(c.call("DescribeImages", &[("Owner.1", "self")]));
    assert_eq!(r.texts("imageId"), vec![web.clone()]);
    unchanged(&w, &mut c, "DescribeImages", &[("ImageId.1", "ami-zz")], 400, "InvalidAMIID.Malformed");
    unchanged(
        &w,
        &mut c,
        "DescribeImages",
        &[("Filter.1.Name", "colour"), ("Filter.1.Value.1", "red")],
        400,
        "InvalidParameterValue",
    );

    // CreateImage from an instance (R-IMG-4).
    let i = w.ok(&["launch", &web, "--wait"])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let from =
        image_id(&ok(c.call("CreateImage", &[("InstanceId", &i), ("Name", "from-instance"), ("NoReboot", "true")])));
    assert_eq!(w.describe_one(&from, &[])["SourceInstanceId"], i.as_str());
    unchanged(
        &w,
        &mut c,
        "CreateImage",
        &[("InstanceId", "i-0123456789abcdef0"), ("Name", "nope")],
        400,
        "InvalidInstanceID.NotFound",
    );

    // CopyImage (R-CPY-1..5) with ClientToken idempotency.
    let copy = [
        ("SourceImageId", web.as_str()),
        ("SourceRegion", "us-east-1"),
        ("Name", "web-v1"),
        ("Encrypted", "true"),
        ("ClientToken", "t-1"),
    ];
    let mut eu = s.client(&w, MAIN, "eu-west-1");
    let first = image_id(&ok(eu.call("CopyImage", &copy)));
    let images = w.ok(&["describe", "--owners", "self", "--all-regions"])["Images"].as_array().unwrap().len();
    assert_eq!(image_id(&ok(eu.call("CopyImage", &copy))), first, "same token, same parameters: the same answer");
    assert_eq!(
        w.ok(&["describe", "--owners", "self", "--all-regions"])["Images"].as_array().unwrap().len(),
        images,
        "and nothing new"
    );
    let mut other = copy.to_vec();
    other[2] = ("Name", "web-v2");
    unchanged(&w, &mut eu, "CopyImage", &other, 400, "IdempotentParameterMismatch");
    let d = w.describe_one(&first, &["--region", "eu-west-1"]);
    assert_eq!(d["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], true, "R-CPY-4 unencrypted → encrypted");
    unchanged(
        &w,
        &mut eu,
        "CopyImage",
        &[("SourceImageId", &web), ("SourceRegion", "us-east-1"), ("Name", "x1y"), ("KmsKeyId", "alias/nope")],
        400,
        "InvalidParameterDependency",
    );
    // R-CPY-5: shared without the storage is refused for the partner.
    ok(c.call("ModifyImageAttribute", &[("ImageId", &web), ("LaunchPermission.Add.1.UserId", PARTNER)]));
    unchanged(
        &w,
        &mut partner,
        "CopyImage",
        &[("SourceImageId", &web), ("SourceRegion", "us-east-1"), ("Name", "mine")],
        400,
        "InvalidRequest",
    );

    // DescribeImageAttribute, ModifyImageAttribute (both forms), ResetImageAttribute (R-SHR-2).
    let r = ok(c.call("DescribeImageAttribute", &[("ImageId", &web), ("Attribute", "launchPermission")]));
    assert_eq!(r.texts("userId"), vec![PARTNER]);
    ok(c.call(
        "ModifyImageAttribute",
        &[("ImageId", &web), ("Attribute", "launchPermission"), ("OperationType", "add"), ("UserId.1", SANDBOX)],
    ));
    ok(c.call("ModifyImageAttribute", &[("ImageId", &web), ("Description.Value", "web tier")]));
    let r = ok(c.call("DescribeImageAttribute", &[("ImageId", &web), ("Attribute", "description")]));
    assert_eq!(r.text("value").as_deref(), Some("web tier"));
    let r = ok(c.call("DescribeImageAttribute", &[("ImageId", &web), ("Attribute", "lastLaunchedTime")]));
    assert_eq!(r.text("value").as_deref(), Some("2026-01-01T00:04:00.000Z"));
    unchanged(
        &w,
        &mut c,
        "DescribeImageAttribute",
        &[("ImageId", &web), ("Attribute", "colour")],
        400,
        "InvalidRequest",
    );
    unchanged(
        &w,
        &mut partner,
        "DescribeImageAttribute",
        &[("ImageId", &web), ("Attribute", "description")],
        400,
        "AuthFailure",
    );
    unchanged(
        &w,
        &mut c,
        "ModifyImageAttribute",
        &[("ImageId", &web), ("LaunchPermission.Add.1.UserId", "12")],
        400,
        "InvalidAMIAttributeItemValue",
    );
    // R-SHR-5: block public access is on by default.
    unchanged(
        &w,
        &mut c,
        "ModifyImageAttribute",
        &[("ImageId", &web), ("LaunchPermission.Add.1.Group", "all")],
        400,
        "OperationNotPermitted",
    );
    ok(c.call("ResetImageAttribute", &[("ImageId", &web), ("Attribute", "launchPermission")]));
    assert_eq!(w.ok(&["share", &web])["LaunchPermissions"], serde_json::json!([]));
    unchanged(
        &w,
        &mut c,
        "ResetImageAttribute",
        &[("ImageId", &web), ("Attribute", "description")],
        400,
        "InvalidParameterValue",
    );

    // Deprecation (R-LIF-3).
    ok(c.call("EnableImageDeprecation", &[("ImageId", &web), ("DeprecateAt", "2026-06-01T00:00:00Z")]));
    assert_eq!(w.describe_one(&web, &[])["DeprecationTime"], "2026-06-01T00:00:00.000Z");
    unchanged(
        &w,
        &mut c,
        "EnableImageDeprecation",
        &[("ImageId", &web), ("DeprecateAt", "2025-01-01T00:00:00Z")],
        400,
        "InvalidParameterValue",
    );
    ok(c.call("DisableImageDeprecation", &[("ImageId", &web)]));
    unchanged(&w, &mut partner, "DisableImageDeprecation", &[("ImageId", &web)], 400, "AuthFailure");

    // Deregistration protection (R-LIF-2).
    let r = ok(c.call("EnableImageDeregistrationProtection", &[("ImageId", &from), ("WithCooldown", "true")]));
    assert_eq!(r.text("return").as_deref(), Some("enabled-with-cooldown"));
    unchanged(&w, &mut c, "DeregisterImage", &[("ImageId", &from)], 400, "OperationNotPermitted");
    unchanged(
        &w,
        &mut c,
        "EnableImageDeregistrationProtection",
        &[("ImageId", "ami-0123456789abcdef0")],
        400,
        "InvalidAMIID.NotFound",
    );
    let r = ok(c.call("DisableImageDeregistrationProtection", &[("ImageId", &from)]));
    assert!(r.text("return").unwrap().starts_with("disabled-after "), "{}", r.body);
    unchanged(
        &w,
        &mut c,
        "DisableImageDeregistrationProtection",
        &[("ImageId", "ami-x")],
        400,
        "InvalidAMIID.Malformed",
    );

    // Disable and enable (R-LIF-4).
    ok(c.call("DisableImage", &[("ImageId", &web)]));
    assert_eq!(w.describe_one(&web, &[])["State"], "disabled");
    unchanged(
        &w,
        &mut c,
        "RunInstances",
        &[("ImageId", &web), ("MinCount", "1"), ("MaxCount", "1")],
        400,
        "InvalidAMIID.Unavailable",
    );
    ok(c.call("EnableImage", &[("ImageId", &web)]));
    unchanged(&w, &mut partner, "EnableImage", &[("ImageId", &web)], 400, "AuthFailure");
    unchanged(&w, &mut partner, "DisableImage", &[("ImageId", &web)], 400, "AuthFailure");

    // Block public access (R-SHR-5).
    let r = ok(c.call("GetImageBlockPublicAccessState", &[]));
    assert_eq!(r.text("imageBlockPublicAccessState").as_deref(), Some("block-new-sharing"));
    ok(c.call("DisableImageBlockPublicAccess", &[]));
    let r = ok(c.call("GetImageBlockPublicAccessState", &[]));
    assert_eq!(r.text("imageBlockPublicAccessState").as_deref(), Some("unblocked"));
    unchanged(
        &w,
        &mut c,
        "EnableImageBlockPublicAccess",
        &[("ImageBlockPublicAccessState", "bogus")],
        400,
        "InvalidParameterValue",
    );
    ok(c.call("EnableImageBlockPublicAccess", &[("ImageBlockPublicAccessState", "block-new-sharing")]));
    unchanged(&w, &mut c, "DisableImageBlockPublicAccess", &[("DryRun", "true")], 412, "DryRunOperation");
    unchanged(&w, &mut c, "GetImageBlockPublicAccessState", &[("DryRun", "true")], 412, "DryRunOperation");

    // DeregisterImage (R-LIF-1).
    let r = ok(eu.call("DeregisterImage", &[("ImageId", &first), ("DeleteAssociatedSnapshots", "true")]));
    assert_eq!(r.text("return").as_deref(), Some("true"));
    assert_eq!(r.text("returnCode").as_deref(), Some("success"));
    unchanged(&w, &mut eu, "DeregisterImage", &[("ImageId", &first)], 400, "InvalidAMIID.NotFound");
}

#[test]
fn snapshot_actions_r_img_6_to_8_r_shr_3_4() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let web = w.image("web", &[]);
    let snap = w.snapshots_of(&web, &[])[0].clone();
    let enc = w.image("enc", &["--encrypted"]);
    let enc_snap = w.snapshots_of(&enc, &[])[0].clone();

    let r = ok(c.call("DescribeSnapshots", &[("Owner.1", "self")]));
    assert_eq!(r.texts("snapshotId").len(), 2);
    assert_eq!(ok(c.call("DescribeSnapshots", &[("SnapshotId.1", &snap)])).text("volumeSize").as_deref(), Some("8"));
    unchanged(&w, &mut c, "DescribeSnapshots", &[("SnapshotId.1", "snap-zz")], 400, "InvalidSnapshotID.Malformed");

    let copied = ok(c.call(
        "CopySnapshot",
        &[
            ("SourceSnapshotId", &snap),
            ("SourceRegion", "us-east-1"),
            ("TagSpecification.1.ResourceType", "snapshot"),
            ("TagSpecification.1.Tag.1.Key", "k"),
            ("TagSpecification.1.Tag.1.Value", "v"),
        ],
    ));
    let copy = copied.text("snapshotId").unwrap();
    assert_eq!(copied.text("key").as_deref(), Some("k"));
    unchanged(
        &w,
        &mut c,
        "CopySnapshot",
        &[("SourceSnapshotId", &snap), ("SourceRegion", "us-east-1"), ("KmsKeyId", "alias/x")],
        400,
        "InvalidParameterDependency",
    );

    ok(c.call("ModifySnapshotAttribute", &[("SnapshotId", &snap), ("CreateVolumePermission.Add.1.UserId", PARTNER)]));
    let r = ok(c.call("DescribeSnapshotAttribute", &[("SnapshotId", &snap), ("Attribute", "createVolumePermission")]));
    assert_eq!(r.texts("userId"), vec![PARTNER]);
    ok(c.call(
        "ModifySnapshotAttribute",
        &[
            ("SnapshotId", &snap),
            ("Attribute", "createVolumePermission"),
            ("OperationType", "remove"),
            ("UserId.1", PARTNER),
        ],
    ));
    unchanged(
        &w,
        &mut c,
        "DescribeSnapshotAttribute",
        &[("SnapshotId", &snap), ("Attribute", "colour")],
        400,
        "InvalidParameterValue",
    );
    // R-SHR-4: snapshots under aws/ebs cannot be shared.
    unchanged(
        &w,
        &mut c,
        "ModifySnapshotAttribute",
        &[("SnapshotId", &enc_snap), ("CreateVolumePermission.Add.1.UserId", PARTNER)],
        400,
        "OperationNotPermitted",
    );

    // R-IMG-8: archive, not while an available image uses it; restore is permanent.
    unchanged(
        &w,
        &mut c,
        "ModifySnapshotTier",
        &[("SnapshotId", &snap), ("StorageTier", "archive")],
        400,
        "IncorrectState",
    );
    w.ok(&["clock", "advance", "1h"]);
    let r = ok(c.call("ModifySnapshotTier", &[("SnapshotId", &copy), ("StorageTier", "archive")]));
    assert_eq!(r.text("snapshotId"), Some(copy.clone()));
    unchanged(&w, &mut c, "RestoreSnapshotTier", &[("SnapshotId", &copy)], 400, "IncorrectState");
    w.ok(&["clock", "advance", "1d"]);
    unchanged(
        &w,
        &mut c,
        "RestoreSnapshotTier",
        &[("SnapshotId", &copy), ("TemporaryRestoreDays", "5")],
        400,
        "InvalidParameterCombination",
    );
    let r = ok(c.call("RestoreSnapshotTier", &[("SnapshotId", &copy), ("PermanentRestore", "true")]));
    assert_eq!(r.text("isPermanentRestore").as_deref(), Some("true"));

    // R-IMG-6: in use by a registered image.
    unchanged(&w, &mut c, "DeleteSnapshot", &[("SnapshotId", &snap)], 400, "InvalidSnapshot.InUse");
    let orphan = w.id(&["snapshots", "copy", &snap, "--source-region", "us-east-1"], "SnapshotId");
    ok(c.call("DeleteSnapshot", &[("SnapshotId", &orphan)]));
    unchanged(&w, &mut c, "DeleteSnapshot", &[("SnapshotId", &orphan)], 400, "InvalidSnapshot.NotFound");
}

#[test]
fn tag_actions() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    let web = w.image("web", &[]);
    let snap = w.snapshots_of(&web, &[])[0].clone();
    ok(c.call(
        "CreateTags",
        &[
            ("ResourceId.1", &web),
            ("ResourceId.2", &snap),
            ("Tag.1.Key", "team"),
            ("Tag.1.Value", "web"),
            ("Tag.2.Key", "stage"),
            ("Tag.2.Value", "dev"),
        ],
    ));
    let r = ok(c.call("DescribeTags", &[("Filter.1.Name", "resource-id"), ("Filter.1.Value.1", &snap)]));
    assert_eq!(r.texts("key"), vec!["stage", "team"]);
    assert_eq!(r.texts("resourceType"), vec!["snapshot", "snapshot"]);
    let r = ok(c.call("DescribeTags", &[("Filter.1.Name", "key"), ("Filter.1.Value.1", "team")]));
    assert_eq!(r.texts("resourceId"), vec![web.clone(), snap.clone()]);
    unchanged(
        &w,
        &mut c,
        "DescribeTags",
        &[("Filter.1.Name", "colour"), ("Filter.1.Value.1", "x")],
        400,
        "InvalidParameterValue",
    );
    unchanged(
        &w,
        &mut c,
        "CreateTags",
        &[("ResourceId.1", &web), ("Tag.1.Key", "aws:x"), ("Tag.1.Value", "y")],
        400,
        "InvalidParameterValue",
    );
    // All or nothing: a bad second resource stops the first from being tagged.
    unchanged(
        &w,
        &mut c,
        "CreateTags",
        &[("ResourceId.1", &web), ("ResourceId.2", "ami-0123456789abcdef0"), ("Tag.1.Key", "x")],
        400,
        "InvalidAMIID.NotFound",
    );
    // DeleteTags: a value that does not match deletes nothing; without tags, all go.
    ok(c.call("DeleteTags", &[("ResourceId.1", &web), ("Tag.1.Key", "team"), ("Tag.1.Value", "other")]));
    assert_eq!(w.describe_one(&web, &[])["Tags"].as_array().unwrap().len(), 2);
    ok(c.call("DeleteTags", &[("ResourceId.1", &web), ("Tag.1.Key", "team")]));
    assert_eq!(w.describe_one(&web, &[])["Tags"].as_array().unwrap().len(), 1);
    ok(c.call("DeleteTags", &[("ResourceId.1", &web)]));
    assert_eq!(w.describe_one(&web, &[])["Tags"], serde_json::json!([]));
    unchanged(&w, &mut partner, "DeleteTags", &[("ResourceId.1", &snap)], 400, "AuthFailure");
}

#[test]
fn instance_actions_r_shr_7_8() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let web = w.image("web", &[]);
    let run = [
        ("ImageId", web.as_str()),
        ("MinCount", "2"),
        ("MaxCount", "2"),
        ("InstanceType", "t3.small"),
        ("TagSpecification.1.ResourceType", "instance"),
        ("TagSpecification.1.Tag.1.Key", "Name"),
        ("TagSpecification.1.Tag.1.Value", "web"),
        ("ClientToken", "run-1"),
    ];
    let r = ok(c.call("RunInstances", &run));
    let ids = r.texts("instanceId");
    assert_eq!(ids.len(), 2, "{}", r.body);
    assert_eq!(r.text("name").as_deref(), Some("pending"));
    assert_eq!(ok(c.call("RunInstances", &run)).texts("instanceId"), ids, "ClientToken: the same reservation");
    assert_eq!(w.ok(&["instances", "list"])["Instances"].as_array().unwrap().len(), 2);
    unchanged(
        &w,
        &mut c,
        "RunInstances",
        &[("ImageId", &web), ("MinCount", "3"), ("MaxCount", "2")],
        400,
        "InvalidParameterValue",
    );
    unchanged(
        &w,
        &mut c,
        "RunInstances",
        &[("ImageId", &web), ("MinCount", "1"), ("MaxCount", "1"), ("InstanceType", "t4g.micro")],
        400,
        "InvalidParameterValue",
    );
    unchanged(&w, &mut c, "RunInstances", &[("ImageId", &web), ("MinCount", "1")], 400, "MissingParameter");

    let r = ok(c.call("DescribeInstances", &[("Filter.1.Name", "tag:Name"), ("Filter.1.Value.1", "web")]));
    assert_eq!(r.texts("instanceId"), ids);
    assert_eq!(r.texts("reservationId").len(), 1, "one reservation: {}", r.body);
    unchanged(&w, &mut c, "DescribeInstances", &[("InstanceId.1", "i-zz")], 400, "InvalidInstanceID.Malformed");
    w.ok(&["clock", "advance", "5m"]);

    let (a, b) = (ids[0].as_str(), ids[1].as_str());
    let r = ok(c.call("StopInstances", &[("InstanceId.1", a)]));
    assert!(r.body.contains("<currentState><code>64</code><name>stopping</name></currentState>"), "{}", r.body);
    assert!(r.body.contains("<previousState><code>16</code><name>running</name></previousState>"), "{}", r.body);
    w.ok(&["clock", "advance", "1m"]);
    let r = ok(c.call("StartInstances", &[("InstanceId.1", a)]));
    assert!(r.body.contains("<instancesSet><item><currentState><code>16</code>"), "{}", r.body);
    unchanged(
        &w,
        &mut c,
        "StartInstances",
        &[("InstanceId.1", "i-0123456789abcdef0")],
        400,
        "InvalidInstanceID.NotFound",
    );

    // Termination protection.
    ok(c.call("ModifyInstanceAttribute", &[("InstanceId", b), ("DisableApiTermination.Value", "true")]));
    let r = ok(c.call("DescribeInstanceAttribute", &[("InstanceId", b), ("Attribute", "disableApiTermination")]));
    assert_eq!(r.text("value").as_deref(), Some("true"));
    unchanged(&w, &mut c, "TerminateInstances", &[("InstanceId.1", b)], 400, "OperationNotPermitted");
    ok(c.call(
        "ModifyInstanceAttribute",
        &[("InstanceId", b), ("Attribute", "disableApiTermination"), ("Value", "false")],
    ));
    unchanged(
        &w,
        &mut c,
        "ModifyInstanceAttribute",
        &[("InstanceId", b), ("InstanceType.Value", "t3.large")],
        400,
        "IncorrectInstanceState",
    );
    unchanged(
        &w,
        &mut c,
        "DescribeInstanceAttribute",
        &[("InstanceId", b), ("Attribute", "colour")],
        400,
        "InvalidParameterValue",
    );
    let r = ok(c.call("DescribeInstanceAttribute", &[("InstanceId", b), ("Attribute", "instanceType")]));
    assert_eq!(r.text("value").as_deref(), Some("t3.small"));

    let r = ok(c.call("DescribeInstanceCreditSpecifications", &[("InstanceId.1", a)]));
    assert_eq!(r.text("cpuCredits").as_deref(), Some("unlimited"));
    unchanged(
        &w,
        &mut c,
        "DescribeInstanceCreditSpecifications",
        &[("InstanceId.1", "i-0123456789abcdef0")],
        400,
        "InvalidInstanceID.NotFound",
    );
    let r = ok(c.call("GetInstanceUefiData", &[("InstanceId", a)]));
    assert_eq!(r.text("instanceId").as_deref(), Some(a));
    unchanged(
        &w,
        &mut c,
        "GetInstanceUefiData",
        &[("InstanceId", "i-0123456789abcdef0")],
        400,
        "InvalidInstanceID.NotFound",
    );

    let r = ok(c.call("DescribeVolumes", &[("Filter.1.Name", "attachment.instance-id"), ("Filter.1.Value.1", a)]));
    let volumes = r.texts("volumeId");
    assert_eq!(volumes.len(), 2, "volume and its attachment: {}", r.body);
    assert_eq!(ok(c.call("DescribeVolumes", &[("VolumeId.1", &volumes[0])])).text("size").as_deref(), Some("8"));
    unchanged(&w, &mut c, "DescribeVolumes", &[("VolumeId.1", "vol-zz")], 400, "InvalidParameterValue");

    let r = ok(c.call("DescribeInstanceTypes", &[("InstanceType.1", "t4g.micro")]));
    assert_eq!(r.texts("instanceType"), vec!["t4g.micro"]);
    assert!(r.body.contains("<supportedArchitectures><item>arm64</item></supportedArchitectures>"), "{}", r.body);
    unchanged(&w, &mut c, "DescribeInstanceTypes", &[("InstanceType.1", "t9.huge")], 400, "InvalidInstanceType");

    let r = ok(c.call("TerminateInstances", &[("InstanceId.1", a), ("InstanceId.2", b)]));
    assert_eq!(r.texts("instanceId").len(), 2);
    unchanged(&w, &mut c, "StopInstances", &[("InstanceId.1", a)], 400, "IncorrectInstanceState");
}

#[test]
fn world_actions() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "eu-west-1");
    let r = ok(c.call("DescribeRegions", &[]));
    assert!(r.texts("regionName").len() > 20);
    unchanged(&w, &mut c, "DescribeRegions", &[("RegionName.1", "mars-1")], 400, "InvalidParameterValue");
    let r = ok(c.call("DescribeAvailabilityZones", &[]));
    assert_eq!(r.texts("zoneName"), vec!["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
    assert_eq!(r.text("zoneId").as_deref(), Some("euw1-az1"));
    unchanged(&w, &mut c, "DescribeAvailabilityZones", &[("ZoneName.1", "us-east-1a")], 400, "InvalidParameterValue");
    let r = ok(c.call("DescribeAccountAttributes", &[("AttributeName.1", "default-vpc")]));
    let vpc = r.text("attributeValue").unwrap();
    unchanged(&w, &mut c, "DescribeAccountAttributes", &[("AttributeName.1", "colour")], 400, "InvalidParameterValue");
    let r = ok(c.call("DescribeVpcs", &[]));
    assert_eq!(r.text("vpcId"), Some(vpc.clone()));
    assert_eq!(r.text("isDefault").as_deref(), Some("true"));
    unchanged(&w, &mut c, "DescribeVpcs", &[("VpcId.1", "vpc-0123")], 400, "InvalidVpcID.NotFound");
    // Another account has its own default VPC.
    assert_ne!(ok(s.client(&w, PARTNER, "eu-west-1").call("DescribeVpcs", &[])).text("vpcId"), Some(vpc.clone()));
    let r =
        ok(c.call("DescribeSubnets", &[("Filter.1.Name", "availability-zone"), ("Filter.1.Value.1", "eu-west-1b")]));
    assert_eq!(r.texts("subnetId").len(), 1);
    unchanged(&w, &mut c, "DescribeSubnets", &[("SubnetId.1", "subnet-0123")], 400, "InvalidSubnetID.NotFound");
}

#[test]
fn pagination_walks_every_image_once_through_the_api_and_the_cli() {
    let w = World::new();
    for n in 0..7 {
        w.ok(&["create", "--name", &format!("img-{n}")]);
    }
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut p = vec![("Owner.1", "self"), ("MaxResults", "3")];
        if let Some(t) = &token {
            p.push(("NextToken", t));
        }
        let r = ok(c.call("DescribeImages", &p));
        seen.extend(r.texts("name"));
        token = r.text("nextToken");
        if token.is_none() {
            break;
        }
    }
    assert_eq!(seen, (0..7).map(|n| format!("img-{n}")).collect::<Vec<_>>());
    unchanged(
        &w,
        &mut c,
        "DescribeImages",
        &[("ImageId.1", "ami-0123456789abcdef0"), ("MaxResults", "5")],
        400,
        "InvalidParameterCombination",
    );
    let page = w.ok(&["describe", "--owners", "self", "--max-results", "5"]);
    assert_eq!(page["Images"].as_array().unwrap().len(), 5);
    let rest = w.ok(&["describe", "--owners", "self", "--next-token", page["NextToken"].as_str().unwrap()]);
    assert_eq!(rest["Images"].as_array().unwrap().len(), 2);
    assert!(rest.get("NextToken").is_none());
    w.refused(&["describe", "--owners", "self", "--next-token", "garbage"], "InvalidParameterValue");
}
