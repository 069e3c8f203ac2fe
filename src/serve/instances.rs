//! The instance family: RunInstances, DescribeInstances, Start/Stop/Terminate,
//! instance attributes and types, credit specifications, UEFI data, volumes.

use super::action::Action;
use super::params::*;
use amisim::api::instances::{ChangeInstances, DescribeInstances, InstanceAction};
use amisim::api::volumes::DescribeVolumes;
use amisim::api::{self, Request};
use amisim::error::{ApiError, Code};
use amisim::model::Instance;
use serde_json::{json, Value};

/// The core request of one of this family's actions.
pub fn request(action: Action, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        Action::RunInstances => run_instances(p)?,
        Action::DescribeInstanceStatus => {
            Request::DescribeInstanceStatus(api::instance_status::DescribeInstanceStatus {
                instance_ids: strings(p, "InstanceIds"),
                include_all_instances: flag(p, "IncludeAllInstances"),
                filters: filters(p),
                page: page(p),
            })
        }
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

/// The core's answer in the action's output shape: instances grouped by
/// reservation, each with what DescribeInstances reports of it.
pub fn response(action: Action, _: &Value, out: &api::Response) -> Value {
    let instances = out.output::<api::output::Instances>();
    match (action, instances) {
        (Action::RunInstances, Some(o)) => {
            let first = o.instances.first();
            let listed: Vec<Value> = o.instances.iter().enumerate().map(|(n, i)| instance(i, n)).collect();
            json!({ "ReservationId": first.map(|i| i.reservation_id.clone()), "OwnerId": first.map(|i| i.owner_id.clone()),
                    "Groups": [], "Instances": listed })
        }
        (Action::DescribeInstances, Some(o)) => {
            let mut v = json!({ "Reservations": reservations(&o.instances) });
            if let Some(t) = &o.next_token {
                v["NextToken"] = t.clone().into();
            }
            v
        }
        (Action::GetInstanceUefiData, Some(o)) => {
            json!({ "InstanceId": o.instances.first().map(|i| i.instance_id.clone()), "UefiData": "" })
        }
        (Action::StartInstances | Action::StopInstances | Action::TerminateInstances, _) => {
            let key = match action {
                Action::StartInstances => "StartingInstances",
                Action::StopInstances => "StoppingInstances",
                _ => "TerminatingInstances",
            };
            let changes =
                out.output::<api::output::InstanceChanges>().map(|c| &c.state_changes[..]).unwrap_or_default();
            json!({ key: changes })
        }
        (Action::DescribeInstanceAttribute, _) => {
            let mut v = out.value().into_owned();
            if let Some(Value::Array(list)) = v.get_mut("BlockDeviceMappings") {
                attached(list);
            }
            v
        }
        _ => out.value().into_owned(),
    }
}

/// Volumes of a running instance report their attachment.
fn attached(mappings: &mut [Value]) {
    for b in mappings {
        if let Some(Value::Object(e)) = b.get_mut("Ebs") {
            e.insert("Status".into(), "attached".into());
        }
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
        key_name: text(p, "KeyName"),
        security_group_ids: strings(p, "SecurityGroupIds"),
        security_groups: strings(p, "SecurityGroups"),
        subnet_id: text(p, "SubnetId"),
        availability_zone: p.get("Placement").and_then(|pl| text(pl, "AvailabilityZone")),
        wait: api::Wait::default(),
    }))
}

/// An instance as DescribeInstances reports it: the simulated fields, and the
/// fixed answers of what amisim does not simulate (network, metadata options …).
fn instance(i: &Instance, index: usize) -> Value {
    let mut v = serde_json::to_value(i).unwrap_or_default();
    let Value::Object(m) = &mut v else { return v };
    let (id, vpc, ip) = (&i.instance_id, &i.vpc_id, &i.private_ip_address);
    m.insert("State".into(), json!({ "Name": i.state.name, "Code": i.state.code() }));
    if let Some(Value::Array(list)) = m.get_mut("BlockDeviceMappings") {
        attached(list);
    }
    if i.platform_details == "Windows" {
        m.insert("Platform".into(), "windows".into());
    }
    let group = serde_json::to_value(&i.security_groups).unwrap_or_default();
    let running = i.state.name != "terminated";
    let extra = json!({
        "AmiLaunchIndex": index, "Hypervisor": "xen", "VirtualizationType": "hvm", "EnaSupport": true,
        "EbsOptimized": false, "SourceDestCheck": true, "Monitoring": { "State": "disabled" },
        "SecurityGroups": if running { group.clone() } else { json!([]) },
        "KeyName": i.key_name,
        "NetworkInterfaces": if running { json!([{
            "NetworkInterfaceId": api::interfaces::interface_id(id), "SubnetId": i.subnet_id, "VpcId": vpc, "OwnerId": i.owner_id,
            "Status": "in-use", "PrivateIpAddress": ip, "SourceDestCheck": true, "InterfaceType": "interface",
            "MacAddress": api::interfaces::mac_address(id), "Groups": group,
            "Attachment": { "AttachmentId": api::interfaces::derived("eni-attach", id), "DeviceIndex": 0, "Status": "attached",
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
    if i.key_name.is_none() {
        m.remove("KeyName");
    }
    if !running {
        m.insert("SecurityGroups".into(), json!([]));
        for k in ["VpcId", "SubnetId", "PrivateIpAddress"] {
            m.remove(k);
        }
        m.insert("PrivateDnsName".into(), "".into());
    }
    v
}

/// Groups instances by reservation, in the order they come.
fn reservations(instances: &[Instance]) -> Vec<Value> {
    let mut groups: Vec<(&str, &str, Vec<Value>)> = Vec::new();
    for i in instances {
        match groups.iter_mut().find(|(rid, _, _)| *rid == i.reservation_id) {
            Some((_, _, list)) => {
                let k = list.len();
                list.push(instance(i, k));
            }
            None => groups.push((&i.reservation_id, &i.owner_id, vec![instance(i, 0)])),
        }
    }
    groups
        .into_iter()
        .map(|(rid, owner, list)| json!({ "ReservationId": rid, "OwnerId": owner, "Groups": [], "Instances": list }))
        .collect()
}
