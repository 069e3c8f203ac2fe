//! R-SHR-6: Describe filters take every name botocore's model documents,
//! with AWS's value semantics, through one engine for the CLI and the wire.
use crate::common;
use common::serve::{ok, refused, Served};
use common::*;

fn ids(v: &serde_json::Value) -> Vec<String> {
    v["Images"].as_array().unwrap().iter().map(|i| i["ImageId"].as_str().unwrap().to_string()).collect()
}

#[test]
fn image_filters_r_shr_6_model_names_and_value_semantics() {
    let w = World::new();
    let web = w.image("filt-web", &["--tag", "team=web", "--volume", "/dev/sdb=20", "--description", "web tier"]);
    let db = w.image("filt-db", &["--architecture", "arm64"]);
    let mine = |filter: &str| ids(&w.ok(&["describe", "--owners", "self", "--filter", filter]));
    assert_eq!(mine("Name=block-device-mapping.volume-size,Values=20"), vec![web.clone()]);
    assert_eq!(mine("Name=block-device-mapping.volume-size,Values=020"), vec![web.clone()], "sizes are numbers");
    assert_eq!(mine("Name=block-device-mapping.device-name,Values=/dev/sdb"), vec![web.clone()]);
    assert_eq!(mine("Name=block-device-mapping.volume-type,Values=gp3").len(), 2);
    assert_eq!(mine("Name=block-device-mapping.encrypted,Values=false").len(), 2);
    // Booleans compare without case; dates take wildcards.
    assert_eq!(mine("Name=is-public,Values=FALSE").len(), 2);
    let created = w.describe_one(&web, &[])["CreationDate"].as_str().unwrap().to_string();
    let day = format!("Name=creation-date,Values={}*", &created[..10]);
    assert_eq!(mine(&day).len(), 2);
    assert_eq!(mine("Name=creation-date,Values=1999-*").len(), 0);
    assert_eq!(mine("Name=architecture,Values=arm64"), vec![db.clone()]);
    assert_eq!(mine("Name=description,Values=web*"), vec![web.clone()]);
    assert_eq!(mine("Name=tag:team,Values=web"), vec![web.clone()]);
    assert_eq!(mine("Name=tag-key,Values=team"), vec![web.clone()]);
    assert_eq!(mine("Name=virtualization-type,Values=hvm").len(), 2);
    assert_eq!(mine("Name=image-type,Values=machine").len(), 2);
    assert_eq!(mine("Name=root-device-name,Values=/dev/xvda").len(), 2);
    // A name amisim has nothing for is accepted and matches nothing, as on AWS.
    assert_eq!(mine("Name=kernel-id,Values=*").len(), 0);
    // Amazon's catalog: owner-alias, platform, free-tier-eligible.
    let amazon = |filter: &str| ids(&w.ok(&["describe", "--owners", "amazon", "--filter", filter]));
    let windows = amazon("Name=platform,Values=windows");
    assert!(!windows.is_empty());
    for id in &windows {
        // Windows images boot from /dev/sda1.
        assert_eq!(w.describe_one(id, &[])["RootDeviceName"], "/dev/sda1");
    }
    assert!(!amazon("Name=free-tier-eligible,Values=true").is_empty());
    assert!(!amazon("Name=owner-alias,Values=amazon").is_empty());

    // The same names on the wire, where a filter without values matches nothing
    // and a filter without a name is refused.
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = ok(c.call(
        "DescribeImages",
        &[("Owner.1", "self"), ("Filter.1.Name", "block-device-mapping.volume-size"), ("Filter.1.Value.1", "20")],
    ));
    assert_eq!(r.texts("imageId"), vec![web.clone()]);
    let r = ok(c.call("DescribeImages", &[("Owner.1", "self"), ("Filter.1.Name", "owner-alias")]));
    assert!(r.texts("imageId").is_empty(), "{}", r.body);
    let before = w.dump();
    let r = c.call("DescribeImages", &[("Filter.1.Value.1", "123")]).unwrap();
    refused(&r, 400, "InvalidParameterValue");
    let r = c.call("DescribeImages", &[("Filter.1.Name", "colour"), ("Filter.1.Value.1", "red")]).unwrap();
    refused(&r, 400, "InvalidParameterValue");
    assert_eq!(r.text("Message").as_deref(), Some("The filter 'colour' is invalid"));
    assert_eq!(before, w.dump());
}

#[test]
fn snapshot_tag_and_network_filters_r_shr_6() {
    let w = World::new();
    let web = w.image("filt-snap", &["--tag", "team=web"]);
    let other = w.image("filt-other", &["--tag", "team=db"]);
    let snap = w.snapshots_of(&web, &[])[0].clone();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    // DescribeSnapshots: description with a wildcard, snapshot-id, start-time.
    let description = w.ok(&["snapshots", "list", &snap])["Snapshots"][0]["Description"].as_str().unwrap().to_string();
    let prefix = format!("{}*", &description[..description.len() / 2]);
    let r = ok(c.call(
        "DescribeSnapshots",
        &[("Owner.1", "self"), ("Filter.1.Name", "description"), ("Filter.1.Value.1", &description)],
    ));
    assert_eq!(r.texts("snapshotId"), vec![snap.clone()]);
    let r = ok(c.call(
        "DescribeSnapshots",
        &[("Owner.1", "self"), ("Filter.1.Name", "description"), ("Filter.1.Value.1", &prefix)],
    ));
    assert!(r.texts("snapshotId").contains(&snap));
    let r = ok(c.call(
        "DescribeSnapshots",
        &[("Owner.1", "self"), ("Filter.1.Name", "snapshot-id"), ("Filter.1.Value.1", &snap)],
    ));
    assert_eq!(r.texts("snapshotId"), vec![snap.clone()]);
    // The CLI takes the same names.
    let v = w.ok(&["snapshots", "list", "--filter", &format!("Name=snapshot-id,Values={snap}")]);
    assert_eq!(v["Snapshots"].as_array().unwrap().len(), 1);
    // DescribeTags: tag:KEY narrows to the tags with that key and value.
    let r = ok(c.call("DescribeTags", &[("Filter.1.Name", "tag:team"), ("Filter.1.Value.1", "web")]));
    assert_eq!(r.texts("resourceId"), vec![web.clone()], "{}", r.body);
    assert!(!r.body.contains(&other));
    // DescribeVpcs: isDefault, as Ansible sends it, and is-default.
    for name in ["isDefault", "is-default"] {
        let r = ok(c.call("DescribeVpcs", &[("Filter.1.Name", name), ("Filter.1.Value.1", "true")]));
        assert_eq!(r.texts("vpcId").len(), 1, "{name}: {}", r.body);
        let r = ok(c.call("DescribeVpcs", &[("Filter.1.Name", name), ("Filter.1.Value.1", "false")]));
        assert!(r.texts("vpcId").is_empty(), "{name}");
    }
    let r = ok(c.call("DescribeSubnets", &[("Filter.1.Name", "default-for-az"), ("Filter.1.Value.1", "true")]));
    assert!(r.texts("subnetId").len() >= 2);
}

/// R-ID-2 on the wire: a deregistered image answers DescribeImages by ID
/// with an empty list; other operations on it are NotFound.
#[test]
fn a_deregistered_image_is_an_empty_answer_then_not_found_r_id_2() {
    let w = World::new();
    let id = w.image("dereg-wire", &[]);
    w.ok(&["deregister", &id]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = ok(c.call("DescribeImages", &[("ImageId.1", &id)]));
    assert!(r.texts("imageId").is_empty(), "{}", r.body);
    assert!(r.body.contains("<imagesSet/>") || r.body.contains("<imagesSet></imagesSet>"), "{}", r.body);
    let r = c.call("DescribeImageAttribute", &[("ImageId", &id), ("Attribute", "description")]).unwrap();
    refused(&r, 400, "InvalidAMIID.NotFound");
    drop(c);
    s.stop();
    w.ok(&["clock", "advance", "61m"]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = c.call("DescribeImages", &[("ImageId.1", &id)]).unwrap();
    refused(&r, 400, "InvalidAMIID.NotFound");
}
