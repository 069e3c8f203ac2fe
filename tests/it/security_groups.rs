//! Security groups, what RunInstances checks and records, DescribeInstanceStatus,
//! empty parameters, both forms of attribute changes, RegisterImage from a snapshot.
use crate::common;
use common::serve::{ok, refused, Served};
use common::*;

#[test]
fn security_groups_rules_and_what_instances_use() {
    let w = World::new();
    w.ok(&["init"]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    // The default VPC's default group exists and cannot be deleted.
    let r = ok(c.call("DescribeSecurityGroups", &[("GroupName.1", "default")]));
    let default = r.text("groupId").unwrap();
    let vpc = ok(c.call("DescribeVpcs", &[("Filter.1.Name", "isDefault"), ("Filter.1.Value.1", "true")]))
        .text("vpcId")
        .unwrap();
    assert_eq!(r.text("vpcId").as_deref(), Some(vpc.as_str()));
    let web = ok(c.call("CreateSecurityGroup", &[("GroupName", "web"), ("GroupDescription", "web servers")]))
        .text("groupId")
        .unwrap();
    ok(c.call(
        "AuthorizeSecurityGroupIngress",
        &[
            ("GroupId", &web),
            ("IpPermissions.1.IpProtocol", "tcp"),
            ("IpPermissions.1.FromPort", "22"),
            ("IpPermissions.1.ToPort", "22"),
            ("IpPermissions.1.IpRanges.1.CidrIp", "203.0.113.0/24"),
            ("IpPermissions.1.Groups.1.GroupId", &default),
        ],
    ));
    let r = ok(c.call("DescribeSecurityGroups", &[("GroupId.1", &web)]));
    assert!(r.body.contains("<cidrIp>203.0.113.0/24</cidrIp>"), "{}", r.body);
    assert!(r.body.contains(&format!("<groupId>{default}</groupId>")), "{}", r.body);
    let r = ok(
        c.call("DescribeSecurityGroups", &[("Filter.1.Name", "ip-permission.from-port"), ("Filter.1.Value.1", "22")])
    );
    assert_eq!(r.texts("groupName"), vec!["web"]);

    let before = w.dump();
    // (action, parameters, code, message where it is checked)
    type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: &[Case] = &[
        (
            "AuthorizeSecurityGroupIngress",
            vec![
                ("GroupId", &web),
                ("IpProtocol", "tcp"),
                ("FromPort", "22"),
                ("ToPort", "22"),
                ("CidrIp", "203.0.113.0/24"),
            ],
            "InvalidPermission.Duplicate",
            "the specified rule \"peer: 203.0.113.0/24, TCP, from port: 22, to port: 22, ALLOW\" already exists",
        ),
        (
            "RevokeSecurityGroupIngress",
            vec![
                ("GroupId", &web),
                ("IpProtocol", "tcp"),
                ("FromPort", "80"),
                ("ToPort", "80"),
                ("CidrIp", "0.0.0.0/0"),
            ],
            "InvalidPermission.NotFound",
            "The specified rule does not exist in this security group.",
        ),
        (
            "CreateSecurityGroup",
            vec![("GroupName", "web"), ("GroupDescription", "again")],
            "InvalidGroup.Duplicate",
            "",
        ),
        (
            "DescribeSecurityGroups",
            vec![("GroupId.1", "sg-0123456789abcdef0")],
            "InvalidGroup.NotFound",
            "The security group 'sg-0123456789abcdef0' does not exist",
        ),
        ("DeleteSecurityGroup", vec![("GroupId", &default)], "CannotDelete", ""),
        (
            "CreateSecurityGroup",
            vec![("GroupName", "x"), ("GroupDescription", "x"), ("VpcId", "vpc-0123456789abcdef0")],
            "InvalidVpcID.NotFound",
            "",
        ),
    ];
    for (action, params, code, message) in cases {
        let r = c.call(action, params).unwrap();
        refused(&r, 400, code);
        if !message.is_empty() {
            assert_eq!(r.text("Message").as_deref(), Some(*message), "{action}");
        }
    }
    assert_eq!(before, w.dump(), "refusals change nothing");

    // Another account learns nothing of this account's groups (no owner in any message).
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    let r = partner.call("DescribeSecurityGroups", &[("GroupId.1", &web)]).unwrap();
    refused(&r, 400, "InvalidGroup.NotFound");
    assert_eq!(r.text("Message"), Some(format!("The security group '{web}' does not exist")));
    let r = ok(partner.call("DescribeSecurityGroups", &[]));
    assert!(!r.body.contains(&web) && !r.body.contains(MAIN), "{}", r.body);
    let r = partner.call("DeleteSecurityGroup", &[("GroupId", &web)]).unwrap();
    refused(&r, 400, "InvalidGroup.NotFound");
    assert!(!r.body.contains(MAIN), "{}", r.body);

    // RunInstances checks and records groups and the subnet.
    let amazon = ok(c.call("DescribeImages", &[("Owner.1", "amazon")])).text("imageId").unwrap();
    let launch = |extra: &[(&str, &str)]| {
        let mut p = vec![("ImageId", amazon.as_str()), ("MinCount", "1"), ("MaxCount", "1")];
        p.extend_from_slice(extra);
        p.into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>()
    };
    let call = |c: &mut amisim::client::Client, p: &[(String, String)]| {
        let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        c.call("RunInstances", &p).unwrap()
    };
    let before = w.dump();
    refused(&call(&mut c, &launch(&[("SecurityGroupId.1", "sg-0123456789abcdef0")])), 400, "InvalidGroup.NotFound");
    // Nor may another account launch into this account's group.
    refused(&call(&mut partner, &launch(&[("SecurityGroupId.1", &web)])), 400, "InvalidGroup.NotFound");
    refused(&call(&mut c, &launch(&[("SecurityGroup.1", "nope")])), 400, "InvalidGroup.NotFound");
    refused(&call(&mut c, &launch(&[("SubnetId", "subnet-0123456789abcdef0")])), 400, "InvalidSubnetID.NotFound");
    assert_eq!(before, w.dump());
    let subnet =
        ok(c.call("DescribeSubnets", &[("Filter.1.Name", "availability-zone"), ("Filter.1.Value.1", "us-east-1b")]))
            .text("subnetId")
            .unwrap();
    let r = call(&mut c, &launch(&[("SecurityGroupId.1", &web), ("SubnetId", &subnet)]));
    assert_eq!(r.status, 200, "{}", r.body);
    let instance = r.text("instanceId").unwrap();
    let r = ok(c.call("DescribeInstances", &[("InstanceId.1", &instance)]));
    assert!(
        r.body.contains(&format!("<groupSet><item><groupId>{web}</groupId><groupName>web</groupName>")),
        "{}",
        r.body
    );
    assert!(r.body.contains("<availabilityZone>us-east-1b</availabilityZone>"), "{}", r.body);
    assert!(r.body.contains(&format!("<subnetId>{subnet}</subnetId>")), "{}", r.body);
    // In use: DependencyViolation until the instance is gone.
    let r = c.call("DeleteSecurityGroup", &[("GroupId", &web)]).unwrap();
    refused(&r, 400, "DependencyViolation");
    assert_eq!(r.text("Message").as_deref(), Some(format!("resource {web} has a dependent object").as_str()));

    // DescribeInstanceStatus: running instances pass; others only with IncludeAllInstances.
    w.ok(&["clock", "advance", "2m"]);
    let r = ok(c.call("DescribeInstanceStatus", &[]));
    assert_eq!(r.texts("instanceId"), vec![instance.clone()]);
    assert_eq!(r.texts("status"), vec!["passed", "ok", "passed", "ok", "passed", "ok"], "{}", r.body);
    ok(c.call("StopInstances", &[("InstanceId.1", &instance)]));
    assert!(ok(c.call("DescribeInstanceStatus", &[])).texts("instanceId").is_empty());
    let r = ok(c.call("DescribeInstanceStatus", &[("IncludeAllInstances", "true")]));
    assert!(r.body.contains("<name>stopping</name>"), "{}", r.body);
    assert!(r.body.contains("<status>not-applicable</status>"), "{}", r.body);
    ok(c.call("TerminateInstances", &[("InstanceId.1", &instance)]));
    let r = ok(c.call("DescribeInstances", &[("InstanceId.1", &instance)]));
    assert!(r.body.contains("<name>shutting-down</name>"), "terminating takes a while: {}", r.body);
    w.ok(&["clock", "advance", "1m"]);
    ok(c.call("DeleteSecurityGroup", &[("GroupId", &web)]));

    // The CLI sees and changes the same groups.
    let v = w.ok(&["security-groups", "list"]);
    assert_eq!(v["SecurityGroups"].as_array().unwrap().len(), 1);
    let id = w.ok(&["security-groups", "create", "cli", "--description", "from the CLI"])["GroupId"]
        .as_str()
        .unwrap()
        .to_string();
    w.ok(&["security-groups", "authorize", &id, "--port", "443", "--cidr", "0.0.0.0/0"]);
    let e = w.refused(
        &["security-groups", "authorize", &id, "--port", "443", "--cidr", "0.0.0.0/0"],
        "InvalidPermission.Duplicate",
    );
    assert!(e.contains("from port: 443"), "{e}");
    w.ok(&["security-groups", "revoke", &id, "--port", "443", "--cidr", "0.0.0.0/0"]);
    w.ok(&["security-groups", "delete", &id]);
}

/// Empty parameters are absent (the AWS SDK for Go sends `KmsKeyId=`,
/// Terraform `ImageLocation=`), and both forms of ModifyImageAttribute and
/// ModifySnapshotAttribute work in one request; a repeated account is one grant.
#[test]
fn empty_parameters_and_both_attribute_forms() {
    let w = World::new();
    let web = w.image("empty-web", &[]);
    let snap = w.snapshots_of(&web, &[])[0].clone();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = ok(c.call(
        "CopyImage",
        &[
            ("SourceImageId", &web),
            ("SourceRegion", "us-east-1"),
            ("Name", "copy-empty"),
            ("KmsKeyId", ""),
            ("Encrypted", ""),
        ],
    ));
    assert!(r.text("imageId").is_some());
    let amazon = ok(c.call("DescribeImages", &[("Owner.1", "amazon")])).text("imageId").unwrap();
    ok(c.call(
        "RunInstances",
        &[
            ("ImageId", &amazon),
            ("MinCount", "1"),
            ("MaxCount", "1"),
            ("SubnetId", ""),
            ("UserData", ""),
            ("Placement.AvailabilityZone", ""),
            ("IamInstanceProfile.Name", ""),
        ],
    ));
    ok(c.call(
        "ModifyImageAttribute",
        &[
            ("ImageId", &web),
            ("Attribute", "launchPermission"),
            ("OperationType", "add"),
            ("UserId.1", PARTNER),
            ("LaunchPermission.Add.1.UserId", PARTNER),
            ("LaunchPermission.Add.2.UserId", SANDBOX),
        ],
    ));
    let r = ok(c.call("DescribeImageAttribute", &[("ImageId", &web), ("Attribute", "launchPermission")]));
    let mut users = r.texts("userId");
    users.sort();
    let mut expected = vec![PARTNER.to_string(), SANDBOX.to_string()];
    expected.sort();
    assert_eq!(users, expected, "one grant each: {}", r.body);
    ok(c.call(
        "ModifySnapshotAttribute",
        &[
            ("SnapshotId", &snap),
            ("Attribute", "createVolumePermission"),
            ("OperationType", "add"),
            ("UserId.1", PARTNER),
            ("CreateVolumePermission.Add.1.UserId", PARTNER),
        ],
    ));
    let r = ok(c.call("DescribeSnapshotAttribute", &[("SnapshotId", &snap), ("Attribute", "createVolumePermission")]));
    assert_eq!(r.texts("userId"), vec![PARTNER.to_string()]);
}

/// R-IMG-4: RegisterImage from a snapshot, described back as registered;
/// the snapshot is then in use; refusals for a snapshot the caller may not use.
#[test]
fn register_image_from_a_snapshot_r_img_4() {
    let w = World::new();
    let web = w.image("reg-web", &[]);
    let snap = w.snapshots_of(&web, &[])[0].clone();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = ok(c.call(
        "RegisterImage",
        &[
            ("Name", "from-snapshot"),
            ("RootDeviceName", "/dev/sda1"),
            ("ImageLocation", ""),
            ("VirtualizationType", "paravirtual"),
            ("EnaSupport", "false"),
            ("BlockDeviceMapping.1.DeviceName", "/dev/sda1"),
            ("BlockDeviceMapping.1.Ebs.SnapshotId", &snap),
            ("BlockDeviceMapping.1.Ebs.VolumeType", "gp2"),
            ("BlockDeviceMapping.1.Ebs.DeleteOnTermination", "false"),
        ],
    ));
    let id = r.text("imageId").unwrap();
    let d = w.describe_one(&id, &[]);
    assert_eq!(d["RootDeviceType"], "ebs");
    assert_eq!(d["RootDeviceName"], "/dev/sda1");
    assert_eq!(d["VirtualizationType"], "paravirtual");
    assert_eq!(d["EnaSupport"], false);
    let m = &d["BlockDeviceMappings"][0];
    assert_eq!(m["DeviceName"], "/dev/sda1");
    assert_eq!(m["Ebs"]["SnapshotId"], snap.as_str());
    assert_eq!(m["Ebs"]["VolumeType"], "gp2");
    assert_eq!(m["Ebs"]["DeleteOnTermination"], false);
    // No new snapshot was made; the snapshot backs two images now.
    assert_eq!(w.ok(&["snapshots", "list", "--owners", "self"])["Snapshots"].as_array().unwrap().len(), 1);
    // The CLI's form.
    let from_cli = w.id(&["create", "--name", "cli-from-snapshot", "--root-snapshot", &snap], "ImageId");
    assert_eq!(w.describe_one(&from_cli, &[])["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"], snap.as_str());
    w.refused(&["snapshots", "delete", &snap], "InvalidSnapshot.InUse");
    // Another account may not register from a snapshot not shared with it.
    let before = w.dump();
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    let r = partner
        .call(
            "RegisterImage",
            &[
                ("Name", "stolen"),
                ("RootDeviceName", "/dev/xvda"),
                ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
                ("BlockDeviceMapping.1.Ebs.SnapshotId", &snap),
            ],
        )
        .unwrap();
    refused(&r, 400, "InvalidSnapshot.NotFound");
    let r = c
        .call(
            "RegisterImage",
            &[
                ("Name", "too-small"),
                ("RootDeviceName", "/dev/xvda"),
                ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
                ("BlockDeviceMapping.1.Ebs.SnapshotId", &snap),
                ("BlockDeviceMapping.1.Ebs.VolumeSize", "1"),
            ],
        )
        .unwrap();
    refused(&r, 400, "InvalidBlockDeviceMapping");
    assert_eq!(before, w.dump());
    // Once shared, it may.
    w.ok(&["snapshots", "share", &snap, "--add", PARTNER]);
    let r = partner
        .call(
            "RegisterImage",
            &[
                ("Name", "shared-root"),
                ("RootDeviceName", "/dev/xvda"),
                ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
                ("BlockDeviceMapping.1.Ebs.SnapshotId", &snap),
            ],
        )
        .unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
}
