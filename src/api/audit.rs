//! What an audit event records of a call (R-EVT-1), as CloudTrail records it:
//! the request's parameters under AWS's field names (only what was given,
//! nothing internal, relative times resolved at the call's time), and the
//! resources the call was about (what it made, then what it named).

use super::{lifecycle::DeprecateAt, Request};
use crate::clock;
use serde_json::{json, Map, Value};

/// The parameters of a mutating call, at virtual time `now`.
pub fn parameters(request: &Request, now: i64) -> Value {
    let p = match request {
        Request::DeleteSnapshot(id) => json!({ "SnapshotId": id }),
        Request::ArchiveSnapshot(id) => json!({ "SnapshotId": id, "StorageTier": "archive" }),
        Request::RestoreSnapshot(id) => json!({ "SnapshotId": id, "PermanentRestore": true }),
        Request::Disable(id) | Request::Enable(id) | Request::Lineage(id) => json!({ "ImageId": id }),
        Request::Subscribe(code) => json!({ "ProductCode": code }),
        Request::AdvanceClock(secs) => json!({ "Seconds": secs }),
        Request::EnableBlockPublicAccess(()) => json!({ "ImageBlockPublicAccessState": "block-new-sharing" }),
        other => serde_json::to_value(other).unwrap_or(Value::Null),
    };
    let mut p = prune(p);
    if let Value::Object(m) = &mut p {
        rename_to_aws(request, m, now);
    }
    match p {
        Value::Null => Value::Object(Map::new()),
        v => v,
    }
}

/// Our request fields → AWS's request fields, where they differ.
fn rename_to_aws(request: &Request, m: &mut Map<String, Value>, now: i64) {
    let rename = |m: &mut Map<String, Value>, from: &str, to: &str| {
        if let Some(v) = m.remove(from) {
            m.insert(to.into(), v);
        }
    };
    match request {
        Request::RegisterImage(r) => {
            m.remove("NoReboot"); // a CreateImage parameter, not RegisterImage's
            for k in ["RootSize", "Volumes", "Encrypted", "KmsKeyId"] {
                m.remove(k);
            }
            if !r.instance_store && (r.root_size.is_some() || !r.volumes.is_empty() || r.encrypted) {
                let ebs = |size: Value| {
                    let mut e = json!({ "VolumeSize": size });
                    if r.encrypted {
                        e["Encrypted"] = json!(true);
                    }
                    if let Some(k) = &r.kms_key_id {
                        e["KmsKeyId"] = json!(k);
                    }
                    e
                };
                let mut mappings =
                    vec![json!({ "DeviceName": "/dev/xvda", "Ebs": ebs(json!(r.root_size.unwrap_or(8))) })];
                for v in &r.volumes {
                    let (device, size) = v.split_once('=').unwrap_or((v, ""));
                    let size = size.parse::<i64>().map_or_else(|_| json!(size), |n| json!(n));
                    mappings.push(json!({ "DeviceName": device, "Ebs": ebs(size) }));
                }
                m.insert("RootDeviceName".into(), json!("/dev/xvda"));
                m.insert("BlockDeviceMappings".into(), Value::Array(mappings));
            }
        }
        Request::CopyImage(r) => {
            m.remove("Unencrypted");
            m.remove("Fail");
            m.remove("Slowdown");
            if r.unencrypted {
                m.insert("Encrypted".into(), json!(false));
            }
            rename(m, "CopyTags", "CopyImageTags");
        }
        Request::ModifyLaunchPermissions(r) => {
            let permission = permission_changes(&r.add, &r.remove, r.public, r.private);
            for k in ["Add", "Remove", "Public", "Private"] {
                m.remove(k);
            }
            m.insert("LaunchPermission".into(), permission);
        }
        Request::ModifyVolumePermissions(r) => {
            let permission = permission_changes(&r.add, &r.remove, false, false);
            m.remove("Add");
            m.remove("Remove");
            m.insert("CreateVolumePermission".into(), permission);
        }
        Request::RunInstances(r) => {
            m.remove("Count");
            m.insert("MinCount".into(), json!(r.min_count.unwrap_or(r.count)));
            m.insert("MaxCount".into(), json!(r.count));
            if let Some(size) = m.remove("RootSize") {
                // The root volume's size; its device name is the image's.
                m.insert("BlockDeviceMappings".into(), json!([{ "Ebs": { "VolumeSize": size } }]));
            }
        }
        Request::StartInstances(_) | Request::StopInstances(_) | Request::TerminateInstances(_) => {
            m.remove("Action"); // the operation's name says it
        }
        Request::CopySnapshot(_) => rename(m, "SnapshotId", "SourceSnapshotId"),
        Request::CreateKey(_) => rename(m, "Alias", "AliasName"),
        Request::CreateGrant(_) | Request::RevokeGrant(_) => {
            m.remove("Revoke");
            rename(m, "Key", "KeyId");
            rename(m, "Grantee", "GranteePrincipal");
        }
        Request::CreateAccount(_) => {
            rename(m, "Id", "AccountId");
            rename(m, "Name", "AccountName");
        }
        Request::CreateTags(r) | Request::DeleteTags(r) => {
            rename(m, "ResourceIds", "Resources");
            if r.tags.is_empty() {
                m.remove("RemoveAll");
                rename(m, "Remove", "Tags");
            }
        }
        Request::EnableProtection(_) | Request::DisableProtection(_) => {
            m.remove("Off");
        }
        Request::EnableDeprecation(r) | Request::DisableDeprecation(r) => {
            m.remove("When");
            match &r.when {
                DeprecateAt::At(t) => {
                    m.insert("DeprecateAt".into(), json!(t));
                }
                DeprecateAt::In(secs) => {
                    m.insert("DeprecateAt".into(), json!(clock::format(now.saturating_add(*secs))));
                }
                DeprecateAt::Cancel => {}
            }
        }
        _ => {}
    }
}

/// `{"Add": [{"UserId"} | {"Group": "all"}], "Remove": [...]}`, as AWS's
/// LaunchPermission and CreateVolumePermission modifications read.
fn permission_changes(add: &[String], remove: &[String], public: bool, private: bool) -> Value {
    let entry = |who: &String| if who == "all" { json!({ "Group": "all" }) } else { json!({ "UserId": who }) };
    let mut add: Vec<Value> = add.iter().map(entry).collect();
    let mut remove: Vec<Value> = remove.iter().map(entry).collect();
    if public {
        add.push(json!({ "Group": "all" }));
    }
    if private {
        remove.push(json!({ "Group": "all" }));
    }
    let mut change = Map::new();
    for (k, list) in [("Add", add), ("Remove", remove)] {
        if !list.is_empty() {
            change.insert(k.into(), Value::Array(list));
        }
    }
    Value::Object(change)
}

/// Drops what was not given: nulls, false flags, empty lists and objects.
fn prune(value: Value) -> Value {
    match value {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (k, prune(v)))
                .filter(|(_, v)| match v {
                    Value::Null | Value::Bool(false) => false,
                    Value::Array(a) => !a.is_empty(),
                    Value::Object(o) => !o.is_empty(),
                    _ => true,
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(prune).collect()),
        other => other,
    }
}

/// The resources an event is about: those the call made (from its answer), then
/// those its parameters name; each once.
pub fn resources(parameters: &Value, answer: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |v: &Value| {
        if let Some(s) = v.as_str().filter(|s| !s.is_empty()) {
            if !out.iter().any(|o| o == s) {
                out.push(s.to_string());
            }
        }
    };
    if let Some(a) = answer {
        for k in ["ImageId", "SnapshotId", "KeyId", "ProductCode"] {
            add(&a[k]);
        }
        for i in a["Instances"].as_array().into_iter().flatten() {
            add(&i["InstanceId"]);
        }
        if let Some(accounts) = a["Accounts"].as_array().filter(|a| a.len() == 1) {
            add(&accounts[0]["AccountId"]);
        }
    }
    for k in ["ImageId", "SourceImageId", "SnapshotId", "SourceSnapshotId", "InstanceId", "KeyId"] {
        add(&parameters[k]);
    }
    for k in ["InstanceIds", "Resources"] {
        for v in parameters[k].as_array().into_iter().flatten() {
            add(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_put_what_was_made_first_and_name_each_once() {
        let params = json!({ "SourceImageId": "ami-1", "Resources": ["ami-1", "snap-2"] });
        let answer = json!({ "ImageId": "ami-9", "Instances": [{ "InstanceId": "i-1" }] });
        assert_eq!(resources(&params, Some(&answer)), ["ami-9", "i-1", "ami-1", "snap-2"]);
        assert_eq!(resources(&params, None), ["ami-1", "snap-2"]);
    }
}
