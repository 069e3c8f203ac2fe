//! `instances list|terminate|stop|start` (R-SHR-8), instance attributes and
//! volumes, and the instance types amisim knows.

use super::filters::{self, Filter};
use super::page::Page;
use super::{output, Ctx, Response, Shape};
use crate::error::{refuse, Code, OpError};
use crate::ids;
use crate::model::Instance;
use crate::store;
use serde::Serialize;
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum InstanceAction {
    Terminate,
    Stop,
    Start,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeInstances {
    pub action: InstanceAction,
    pub instance_ids: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstances {
    pub instance_ids: Vec<String>,
    pub filters: Vec<Filter>,
    #[serde(flatten)]
    pub page: Page,
}

/// Loads the caller's instances (all, or by ID) with where they run.
pub(crate) fn load(ctx: &Ctx, ids_: Option<&[String]>) -> Result<Vec<Instance>, OpError> {
    let mut list: Vec<Instance> = store::instances(ctx.db, ctx.account, ctx.region, ids_)?
        .into_iter()
        .filter(|i| i.owner_id == ctx.account)
        .collect();
    for i in &mut list {
        super::network::place(ctx.seed(), i);
    }
    Ok(list)
}

/// The caller's instances with these IDs, or the right error for the first bad one.
fn owned(ctx: &Ctx, ids_: &[String]) -> Result<Vec<Instance>, OpError> {
    for id in ids_ {
        ids::check_instance_id(id)?;
    }
    let found = load(ctx, Some(ids_))?;
    if let Some(missing) = ids_.iter().find(|id| !found.iter().any(|i| &i.instance_id == *id)) {
        return refuse(Code::InvalidInstanceIdNotFound, format!("The instance ID '{missing}' does not exist"));
    }
    Ok(found)
}

/// One instance of the caller, or the right refusal.
pub fn owned_instance(ctx: &Ctx, id: &str) -> Result<Instance, OpError> {
    Ok(owned(ctx, std::slice::from_ref(&id.to_string()))?.remove(0))
}

fn with_token(mut v: Value, next: Option<String>) -> Value {
    if let Some(t) = next {
        v["NextToken"] = t.into();
    }
    v
}

pub fn describe_instances(ctx: &Ctx, r: DescribeInstances) -> Result<Response, OpError> {
    filters::check(&r.filters, filters::INSTANCE_FILTERS)?;
    r.page.not_with_ids(&r.instance_ids, "instancesSet")?;
    let mut list = if r.instance_ids.is_empty() { load(ctx, None)? } else { owned(ctx, &r.instance_ids)? };
    list.retain(|i| filters::instance_matches(i, &r.filters));
    let (list, next) = r.page.apply(list, 5)?;
    Ok(Response::typed(Shape::Instances, output::Instances { instances: list, next_token: next }))
}

pub fn change_instances(ctx: &Ctx, r: ChangeInstances) -> Result<Response, OpError> {
    if r.instance_ids.is_empty() {
        return refuse(Code::InvalidParameterValue, "Name at least one instance ID");
    }
    let list = owned(ctx, &r.instance_ids)?;
    for i in &list {
        let state = i.state.name.as_str();
        let refused = match r.action {
            InstanceAction::Terminate if i.disable_api_termination => {
                return refuse(
                    Code::OperationNotPermitted,
                    format!(
                        "The instance '{}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.",
                        i.instance_id
                    ),
                )
            }
            InstanceAction::Terminate => false,
            InstanceAction::Stop if i.root_device_type == "instance-store" => {
                return refuse(
                    Code::UnsupportedOperation,
                    format!(
                        "The instance '{}' has an instance-store root device and cannot be stopped (R-SHR-8)",
                        i.instance_id
                    ),
                )
            }
            InstanceAction::Stop | InstanceAction::Start => !matches!(state, "running" | "stopped"),
        };
        if refused {
            return refuse(
                Code::IncorrectInstanceState,
                format!(
                    "The instance '{}' is not in a state from which it can be {}ed (state: {state})",
                    i.instance_id,
                    match r.action {
                        InstanceAction::Stop => "stopp",
                        InstanceAction::Start => "start",
                        InstanceAction::Terminate => "terminat",
                    }
                ),
            );
        }
    }
    let mut changes = Vec::new();
    for i in &list {
        let state = i.state.name.as_str();
        let (new, fee_on) = match (r.action, state) {
            (_, "terminated") => ("terminated", false),
            (InstanceAction::Terminate, _) => ("terminated", false),
            (InstanceAction::Stop, _) => ("stopped", false),
            (InstanceAction::Start, _) => ("running", true),
        };
        changes.push(output::StateChange {
            instance_id: i.instance_id.clone(),
            previous_state: output::StateName::of(state),
            current_state: output::StateName::of(new),
        });
        if new == state {
            continue;
        }
        store::set_instance_state(ctx.db, i.row, new, None)?;
        // R-COST-4: software fees accrue only while the instance runs.
        store::close_meters(ctx.db, &i.instance_id, None, ctx.now)?;
        if fee_on {
            super::marketplace::open_software_meters(ctx, i)?;
        }
    }
    let list = load(ctx, Some(&r.instance_ids))?;
    Ok(Response::typed(Shape::Instances, output::InstanceChanges { instances: list, state_changes: changes }))
}

/// The instance attributes DescribeInstanceAttribute answers.
pub const INSTANCE_ATTRIBUTES: &[&str] = &[
    "instanceType",
    "kernel",
    "ramdisk",
    "userData",
    "disableApiTermination",
    "instanceInitiatedShutdownBehavior",
    "rootDeviceName",
    "blockDeviceMapping",
    "productCodes",
    "sourceDestCheck",
    "groupSet",
    "ebsOptimized",
    "sriovNetSupport",
    "enaSupport",
    "enclaveOptions",
    "disableApiStop",
];

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceAttribute {
    pub instance_id: String,
    pub attribute: String,
}

/// DescribeInstanceAttribute, in AWS's shape (`{"InstanceId", "<Attribute>": {"Value"}}`).
pub fn describe_instance_attribute(ctx: &Ctx, r: InstanceAttribute) -> Result<Response, OpError> {
    if !INSTANCE_ATTRIBUTES.contains(&r.attribute.as_str()) {
        return refuse(
            Code::InvalidParameterValue,
            format!("Value ({}) for parameter attribute is invalid. Unknown attribute.", r.attribute),
        );
    }
    let i = owned_instance(ctx, &r.instance_id)?;
    let value = |v: Value| json!({ "Value": v });
    let mut out = json!({ "InstanceId": i.instance_id });
    let (key, v) = match r.attribute.as_str() {
        "instanceType" => ("InstanceType", value(i.instance_type.clone().into())),
        "disableApiTermination" => ("DisableApiTermination", value(i.disable_api_termination.into())),
        "disableApiStop" => ("DisableApiStop", value(false.into())),
        "instanceInitiatedShutdownBehavior" => ("InstanceInitiatedShutdownBehavior", value("stop".into())),
        "rootDeviceName" => ("RootDeviceName", value(i.root_device_name.clone().into())),
        "blockDeviceMapping" => {
            ("BlockDeviceMappings", serde_json::to_value(&i.block_device_mappings).unwrap_or_default())
        }
        "productCodes" => ("ProductCodes", serde_json::to_value(&i.product_codes).unwrap_or_default()),
        "sourceDestCheck" => ("SourceDestCheck", value(true.into())),
        "ebsOptimized" => ("EbsOptimized", value(false.into())),
        "enaSupport" => ("EnaSupport", value(true.into())),
        "groupSet" => ("Groups", json!([])),
        "enclaveOptions" => ("EnclaveOptions", json!({ "Enabled": false })),
        // userData, kernel, ramdisk, sriovNetSupport: not simulated, empty.
        other => (ATTRIBUTE_KEYS.iter().find(|(a, _)| *a == other).map_or("UserData", |(_, k)| *k), json!({})),
    };
    out[key] = v;
    Ok(Response::record(out))
}

const ATTRIBUTE_KEYS: &[(&str, &str)] = &[
    ("userData", "UserData"),
    ("kernel", "KernelId"),
    ("ramdisk", "RamdiskId"),
    ("sriovNetSupport", "SriovNetSupport"),
];

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyInstanceAttribute {
    pub instance_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_api_termination: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
}

/// ModifyInstanceAttribute: termination protection, and the type of a stopped instance.
pub fn modify_instance_attribute(ctx: &Ctx, r: ModifyInstanceAttribute) -> Result<Response, OpError> {
    let i = owned_instance(ctx, &r.instance_id)?;
    if r.disable_api_termination.is_none() && r.instance_type.is_none() {
        return refuse(Code::MissingParameter, "Name one attribute to modify: disableApiTermination or instanceType");
    }
    if let Some(t) = &r.instance_type {
        if i.state.name != "stopped" {
            return refuse(
                Code::IncorrectInstanceState,
                format!("The instance '{}' is not in the 'stopped' state (state: {})", i.instance_id, i.state.name),
            );
        }
        super::launch::check_instance_type(t, &i.architecture)?;
        store::set_instance_type(ctx.db, i.row, t)?;
    }
    if let Some(on) = r.disable_api_termination {
        store::set_disable_api_termination(ctx.db, i.row, on)?;
    }
    Ok(Response::ok())
}

/// DescribeInstanceCreditSpecifications: burstable types' CPU credit mode
/// (t2 standard, t3/t4g unlimited, as AWS launches them by default).
pub fn describe_credit_specifications(ctx: &Ctx, r: DescribeInstances) -> Result<Response, OpError> {
    let described = describe_instances(ctx, r)?;
    let Some(out) = described.output::<output::Instances>() else { return Ok(described) };
    let specs: Vec<output::CreditSpecification> = out
        .instances
        .iter()
        .filter(|i| i.instance_type.starts_with('t'))
        .map(|i| output::CreditSpecification {
            instance_id: i.instance_id.clone(),
            cpu_credits: if i.instance_type.starts_with("t2.") { "standard" } else { "unlimited" },
        })
        .collect();
    let next_token = out.next_token.clone();
    Ok(Response::typed(
        Shape::Record,
        output::CreditSpecifications { instance_credit_specifications: specs, next_token },
    ))
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVolumes {
    pub volume_ids: Vec<String>,
    pub filters: Vec<Filter>,
    #[serde(flatten)]
    pub page: Page,
}

/// DescribeVolumes: the volumes of the caller's instances (deleted with them on termination).
pub fn describe_volumes(ctx: &Ctx, r: DescribeVolumes) -> Result<Response, OpError> {
    filters::check(&r.filters, filters::VOLUME_FILTERS)?;
    r.page.not_with_ids(&r.volume_ids, "volumeIds")?;
    for id in &r.volume_ids {
        if !id
            .strip_prefix("vol-")
            .is_some_and(|h| (h.len() == 17 || h.len() == 8) && h.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return refuse(Code::InvalidParameterValue, crate::ids::malformed(crate::ids::Kind::Volume, id));
        }
    }
    let instances = load(ctx, None)?;
    let tags = store::tags_for(
        ctx.db,
        instances.iter().flat_map(|i| i.block_device_mappings.iter().filter_map(|b| b.ebs.volume_id.clone())),
    )?;
    let mut volumes = Vec::new();
    for i in instances.iter().filter(|i| i.state.name != "terminated") {
        for b in &i.block_device_mappings {
            let id = b.ebs.volume_id.clone().unwrap_or_default();
            let v = json!({
                "VolumeId": id, "Size": b.ebs.volume_size, "SnapshotId": b.ebs.snapshot_id.clone().unwrap_or_default(),
                "AvailabilityZone": i.placement.availability_zone, "State": "in-use",
                "CreateTime": crate::clock::format(i.launch_time), "Encrypted": b.ebs.encrypted,
                "KmsKeyId": b.ebs.kms_key_id, "VolumeType": b.ebs.volume_type, "Iops": 3000, "Throughput": 125,
                "MultiAttachEnabled": false, "Tags": tags.get(&id).cloned().unwrap_or_default(),
                "Attachments": [{ "AttachTime": crate::clock::format(i.launch_time), "Device": b.device_name,
                    "InstanceId": i.instance_id, "State": "attached", "VolumeId": id, "DeleteOnTermination": b.ebs.delete_on_termination }],
            });
            volumes.push(v);
        }
    }
    let field = |v: &Value, name: &str| -> String {
        match name {
            "volume-id" => v["VolumeId"].as_str().unwrap_or_default().into(),
            "attachment.instance-id" => v["Attachments"][0]["InstanceId"].as_str().unwrap_or_default().into(),
            "attachment.device" => v["Attachments"][0]["Device"].as_str().unwrap_or_default().into(),
            "snapshot-id" => v["SnapshotId"].as_str().unwrap_or_default().into(),
            "encrypted" => v["Encrypted"].to_string(),
            "size" => v["Size"].to_string(),
            _ => v["State"].as_str().unwrap_or_default().into(),
        }
    };
    volumes.retain(|v| {
        (r.volume_ids.is_empty() || r.volume_ids.iter().any(|id| v["VolumeId"] == id.as_str()))
            && r.filters.iter().all(|f| f.values.iter().any(|p| filters::wildcard(p, &field(v, &f.name))))
    });
    if let Some(missing) = r.volume_ids.iter().find(|id| !volumes.iter().any(|v| v["VolumeId"] == id.as_str())) {
        return refuse(Code::InvalidVolumeNotFound, format!("The volume '{missing}' does not exist."));
    }
    let (volumes, next) = r.page.apply(volumes, 5)?;
    Ok(Response::record(with_token(json!({ "Volumes": volumes }), next)))
}

/// DescribeInstanceTypes: the types amisim knows, with their architecture.
pub fn describe_instance_types(_ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    if let Some(bad) = names.iter().find(|n| !super::launch::INSTANCE_TYPES.iter().any(|(t, _)| t == n)) {
        return refuse(
            Code::InvalidInstanceType,
            format!("The following supplied instance types do not exist: [{bad}]"),
        );
    }
    let types: Vec<Value> = super::launch::INSTANCE_TYPES
        .iter()
        .filter(|(t, _)| names.is_empty() || names.iter().any(|n| n == t))
        .map(|(t, arch)| {
            let size = t.split('.').nth(1).unwrap_or("micro");
            let (vcpus, mib) = match size {
                "nano" => (2, 512),
                "micro" => (2, 1024),
                "small" => (2, 2048),
                "medium" => (2, 4096),
                "large" => (2, 8192),
                _ => (4, 16384),
            };
            json!({
                "InstanceType": t, "CurrentGeneration": true, "FreeTierEligible": *t == "t2.micro" || *t == "t3.micro",
                "SupportedUsageClasses": ["on-demand", "spot"], "SupportedRootDeviceTypes": ["ebs"],
                "SupportedVirtualizationTypes": ["hvm"], "BareMetal": false, "Hypervisor": "nitro",
                "ProcessorInfo": { "SupportedArchitectures": [arch] },
                "VCpuInfo": { "DefaultVCpus": vcpus, "DefaultCores": vcpus / 2, "DefaultThreadsPerCore": 2 },
                "MemoryInfo": { "SizeInMiB": mib },
                "InstanceStorageSupported": false, "BurstablePerformanceSupported": t.starts_with('t'),
                "EbsInfo": { "EbsOptimizedSupport": "default", "EncryptionSupport": "supported", "NvmeSupport": "required" },
                "NetworkInfo": { "NetworkPerformance": "Up to 5 Gigabit", "MaximumNetworkInterfaces": 2, "Ipv4AddressesPerInterface": 2, "EnaSupport": "required" },
                "PlacementGroupInfo": { "SupportedStrategies": ["partition", "spread"] },
                "HibernationSupported": false, "DedicatedHostsSupported": false, "AutoRecoverySupported": true,
                "SupportedBootModes": ["legacy-bios", "uefi"],
            })
        })
        .collect();
    Ok(Response::record(json!({ "InstanceTypes": types })))
}
