//! The instance family: RunInstances, DescribeInstances, Start/Stop/Terminate,
//! instance attributes and types, credit specifications, UEFI data, volumes.

use super::action::Action;
use super::params::*;
use amisim::api::instances::{ChangeInstances, DescribeInstances, InstanceAction};
use amisim::api::volumes::DescribeVolumes;
use amisim::api::{self, Request};
use amisim::error::{ApiError, Code};
use serde_json::Map;
use serde_json::{json, Value};

/// The core request of one of this family's actions.
pub fn request(action: Action, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        Action::RunInstances => run_instances(p)?,
        Action::DescribeInstances => Request::DescribeInstances(DescribeInstances {
            instance_ids: strings(p, "InstanceIds"),
            filters: filters(p),
            page: page(p),
        }),
        Action::StartInstances | Action::StopInstances | Action::TerminateInstances => {
            if flag(p, "Hibernate") {
                return Err(unsupported("Hibernation"));
            }
            let action = match action {
                Action::StartInstances => InstanceAction::Start,
                Action::StopInstances => InstanceAction::Stop,
                _ => InstanceAction::Terminate,
            };
            Request::change_instances(ChangeInstances { action, instance_ids: strings(p, "InstanceIds") })
        }
        Action::DescribeInstanceAttribute => Request::DescribeInstanceAttribute(api::instances::InstanceAttribute {
            instance_id: required(p, "InstanceId")?,
            attribute: required(p, "Attribute")?,
        }),
        Action::ModifyInstanceAttribute => {
            let termination = attribute_value(p, "disableApiTermination", "DisableApiTermination");
            let disable_api_termination = match termination {
                None => None,
                Some(Value::Bool(b)) => Some(b),
                Some(v) => match v.as_str().map(str::to_ascii_lowercase).as_deref() {
                    Some("true") => Some(true),
                    Some("false") => Some(false),
                    _ => {
                        return Err(ApiError::new(
                            Code::InvalidParameterValue,
                            format!("Invalid value {v} for disableApiTermination: true or false"),
                        ))
                    }
                },
            };
            let instance_type =
                attribute_value(p, "instanceType", "InstanceType").and_then(|v| v.as_str().map(String::from));
            let known = ["InstanceId", "DisableApiTermination", "InstanceType", "Attribute", "Value", "DryRun"];
            if let Some(other) = p.as_object().and_then(|m| m.keys().find(|k| !known.contains(&k.as_str()))) {
                return Err(unsupported(&format!("ModifyInstanceAttribute {other}")));
            }
            if let Some(a) = text(p, "Attribute").filter(|a| a != "disableApiTermination" && a != "instanceType") {
                return Err(unsupported(&format!("ModifyInstanceAttribute {a}")));
            }
            Request::ModifyInstanceAttribute(api::instances::ModifyInstanceAttribute {
                instance_id: required(p, "InstanceId")?,
                disable_api_termination,
                instance_type,
            })
        }
        Action::DescribeInstanceTypes => {
            let mut names = strings(p, "InstanceTypes");
            for f in filters(p) {
                match f.name.as_str() {
                    "instance-type" => names.extend(f.values),
                    other => {
                        return Err(ApiError::new(
                            Code::InvalidParameterValue,
                            format!("The filter '{other}' is invalid"),
                        ))
                    }
                }
            }
            Request::DescribeInstanceTypes(names)
        }
        Action::DescribeInstanceCreditSpecifications => Request::DescribeCreditSpecifications(DescribeInstances {
            instance_ids: strings(p, "InstanceIds"),
            filters: filters(p),
            page: page(p),
        }),
        Action::GetInstanceUefiData => Request::DescribeInstances(DescribeInstances {
            instance_ids: vec![required(p, "InstanceId")?],
            ..Default::default()
        }),
        Action::DescribeVolumes => Request::DescribeVolumes(DescribeVolumes {
            volume_ids: strings(p, "VolumeIds"),
            filters: filters(p),
            page: page(p),
        }),
        other => return Err(other.not_in_family()),
    })
}

/// The core's answer as a value of the action's output shape.
pub fn response(action: Action, _: &Value, v: Value) -> Value {
    match action {
        Action::RunInstances => {
            let list = v["Instances"].as_array().cloned().unwrap_or_default();
            let first = list.first().cloned().unwrap_or_default();
            let instances: Vec<Value> = list.into_iter().enumerate().map(|(n, i)| instance(i, n)).collect();
            json!({ "ReservationId": first["ReservationId"], "OwnerId": first["OwnerId"], "Groups": [],
                    "Instances": instances })
        }
        Action::DescribeInstances => {
            let list = v["Instances"].as_array().cloned().unwrap_or_default();
            with_next(json!({ "Reservations": reservations(&list) }), &v)
        }
        Action::StartInstances | Action::StopInstances | Action::TerminateInstances => {
            let key = match action {
                Action::StartInstances => "StartingInstances",
                Action::StopInstances => "StoppingInstances",
                _ => "TerminatingInstances",
            };
            json!({ key: v["StateChanges"] })
        }
        Action::DescribeInstanceAttribute => {
            let mut v = v;
            if let Some(Value::Array(list)) = v.get_mut("BlockDeviceMappings") {
                for b in list {
                    if let Some(Value::Object(e)) = b.get_mut("Ebs") {
                        e.insert("Status".into(), "attached".into());
                    }
                }
            }
            v
        }
        Action::GetInstanceUefiData => json!({ "InstanceId": v["Instances"][0]["InstanceId"], "UefiData": "" }),
        _ => v,
    }
}

fn run_instances(p: &Value) -> Result<Request, ApiError> {
    let image_id = required(p, "ImageId")?;
    let max = int(p, "MaxCount").ok_or_else(|| missing("MaxCount"))?;
    let min = int(p, "MinCount").ok_or_else(|| missing("MinCount"))?;
    if p.get("LaunchTemplate").is_some() {
        return Err(unsupported("Launch templates"));
    }
    // One EBS mapping with a size resizes the root volume (R-SHR-8); more
    // volumes than the image's are not simulated.
    let mut root_size = None;
    for m in p.get("BlockDeviceMappings").and_then(Value::as_array).into_iter().flatten() {
        let ebs = m.get("Ebs");
        if m.get("NoDevice").is_some() || m.get("VirtualName").is_some() || ebs.is_none() {
            continue;
        }
        if ebs.and_then(|e| e.get("SnapshotId")).is_some() {
            return Err(unsupported("Attaching volumes from other snapshots at launch"));
        }
        if let Some(size) = ebs.and_then(|e| int(e, "VolumeSize")) {
            if root_size.replace(size).is_some() {
                return Err(unsupported("Adding volumes at launch"));
            }
        }
    }
    Ok(Request::RunInstances(api::launch::RunInstances {
        image_id,
        count: max,
        min_count: Some(min),
        instance_type: text(p, "InstanceType"),
        root_size,
        tag_specifications: tag_specifications(p),
        disable_api_termination: flag(p, "DisableApiTermination"),
        client_token: text(p, "ClientToken"),
        wait: api::Wait::default(),
    }))
}

/// Derived IDs of what an instance reports but amisim does not simulate (its
/// network interface, its security group): stable, from the instance's own IDs.
fn derived_id(prefix: &str, from: &str) -> String {
    let h = from.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    format!("{prefix}-0{:016x}", amisim::ids::mix(0, h))
}

fn state(name: &str) -> Value {
    json!({ "Name": name, "Code": amisim::model::InstanceState { name: name.into() }.code() })
}

/// An instance as DescribeInstances reports it: the simulated fields, and the
/// fixed answers of what amisim does not simulate (network, metadata options …).
fn instance(mut v: Value, index: usize) -> Value {
    let Value::Object(m) = &mut v else { return v };
    let get = |m: &Map<String, Value>, k: &str| m.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let (id, vpc, subnet, ip, owner) =
        (get(m, "InstanceId"), get(m, "VpcId"), get(m, "SubnetId"), get(m, "PrivateIpAddress"), get(m, "OwnerId"));
    let name = m.get("State").and_then(|s| s.get("Name")).and_then(Value::as_str).unwrap_or("pending").to_string();
    m.insert("State".into(), state(&name));
    if let Some(Value::Array(list)) = m.get_mut("BlockDeviceMappings") {
        for b in list {
            if let Some(Value::Object(e)) = b.get_mut("Ebs") {
                e.insert("Status".into(), "attached".into());
            }
        }
    }
    if m.get("PlatformDetails").and_then(Value::as_str) == Some("Windows") {
        m.insert("Platform".into(), "windows".into());
    }
    let group = json!([{ "GroupId": derived_id("sg", &vpc), "GroupName": "default" }]);
    let running = name != "terminated";
    let extra = json!({
        "AmiLaunchIndex": index, "Hypervisor": "xen", "VirtualizationType": "hvm", "EnaSupport": true,
        "EbsOptimized": false, "SourceDestCheck": true, "Monitoring": { "State": "disabled" },
        "SecurityGroups": if running { group.clone() } else { json!([]) },
        "NetworkInterfaces": if running { json!([{
            "NetworkInterfaceId": derived_id("eni", &id), "SubnetId": subnet, "VpcId": vpc, "OwnerId": owner,
            "Status": "in-use", "PrivateIpAddress": ip, "SourceDestCheck": true, "InterfaceType": "interface",
            "MacAddress": "0a:00:00:00:00:01", "Groups": group,
            "Attachment": { "AttachmentId": derived_id("eni-attach", &id), "DeviceIndex": 0, "Status": "attached",
                            "DeleteOnTermination": true, "NetworkCardIndex": 0 },
            "PrivateIpAddresses": [{ "Primary": true, "PrivateIpAddress": ip }],
        }]) } else { json!([]) },
        "MetadataOptions": { "State": "applied", "HttpTokens": "required", "HttpPutResponseHopLimit": 2,
                             "HttpEndpoint": "enabled", "HttpProtocolIpv6": "disabled", "InstanceMetadataTags": "disabled" },
        "CpuOptions": { "CoreCount": 1, "ThreadsPerCore": 2 },
        "CapacityReservationSpecification": { "CapacityReservationPreference": "open" },
        "HibernationOptions": { "Configured": false },
        "EnclaveOptions": { "Enabled": false },
        "MaintenanceOptions": { "AutoRecovery": "default" },
        "PrivateDnsNameOptions": { "HostnameType": "ip-name", "EnableResourceNameDnsARecord": false,
                                   "EnableResourceNameDnsAAAARecord": false },
        "BootMode": "uefi-preferred", "CurrentInstanceBootMode": "legacy-bios",
    });
    if let Value::Object(e) = extra {
        for (k, val) in e {
            m.entry(k).or_insert(val);
        }
    }
    if !running {
        for k in ["VpcId", "SubnetId", "PrivateIpAddress"] {
            m.remove(k);
        }
        m.insert("PrivateDnsName".into(), "".into());
    }
    v
}

/// Groups instances by reservation, in the order they come.
fn reservations(instances: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for i in instances {
        let rid = i["ReservationId"].as_str().unwrap_or_default();
        match out.iter_mut().find(|r| r["ReservationId"] == rid) {
            Some(r) => {
                let k = r["Instances"].as_array().map_or(0, Vec::len);
                if let Some(list) = r["Instances"].as_array_mut() {
                    list.push(instance(i.clone(), k));
                }
            }
            None => {
                out.push(json!({ "ReservationId": rid, "OwnerId": i["OwnerId"], "Groups": [],
                                 "Instances": [instance(i.clone(), 0)] }));
            }
        }
    }
    out
}
