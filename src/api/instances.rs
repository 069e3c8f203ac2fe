//! `instances list|terminate|stop|start` (R-SHR-8), instance attributes and
//! volumes, and the instance types amisim knows.

use super::filters::{self, Filter};
use super::output::{self, AttributeBool, AttributeValue};
use super::page::Page;
use super::{Ctx, Response, Shape};
use crate::error::{refuse, Code, OpError};
use crate::ids;
use crate::model::Instance;
use crate::store;
use serde::Serialize;

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
    let mut out = InstanceAttributeOutput { instance_id: i.instance_id.clone(), ..Default::default() };
    let of = |v: &str| AttributeValue::of(v);
    match r.attribute.as_str() {
        "instanceType" => out.instance_type = Some(of(&i.instance_type)),
        "disableApiTermination" => {
            out.disable_api_termination = Some(AttributeBool { value: i.disable_api_termination })
        }
        "disableApiStop" => out.disable_api_stop = Some(AttributeBool { value: false }),
        "instanceInitiatedShutdownBehavior" => out.instance_initiated_shutdown_behavior = Some(of("stop")),
        "rootDeviceName" => out.root_device_name = Some(of(&i.root_device_name)),
        "blockDeviceMapping" => out.block_device_mappings = Some(i.block_device_mappings.clone()),
        "productCodes" => out.product_codes = Some(i.product_codes.clone()),
        "sourceDestCheck" => out.source_dest_check = Some(AttributeBool { value: true }),
        "ebsOptimized" => out.ebs_optimized = Some(AttributeBool { value: false }),
        "enaSupport" => out.ena_support = Some(AttributeBool { value: true }),
        "groupSet" => out.groups = Some(Vec::new()),
        "enclaveOptions" => out.enclave_options = Some(Enabled { enabled: false }),
        // userData, kernel, ramdisk, sriovNetSupport: not simulated, empty.
        "kernel" => out.kernel_id = Some(AttributeValue::default()),
        "ramdisk" => out.ramdisk_id = Some(AttributeValue::default()),
        "sriovNetSupport" => out.sriov_net_support = Some(AttributeValue::default()),
        _ => out.user_data = Some(AttributeValue::default()),
    }
    Ok(Response::typed(Shape::Record, out))
}

/// DescribeInstanceAttribute's answer: the instance and the one attribute asked for.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceAttributeOutput {
    pub instance_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_api_termination: Option<AttributeBool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_api_stop: Option<AttributeBool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_initiated_shutdown_behavior: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_device_name: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_device_mappings: Option<Vec<crate::model::BlockDeviceMapping>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_codes: Option<Vec<crate::model::ProductCode>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_dest_check: Option<AttributeBool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ebs_optimized: Option<AttributeBool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ena_support: Option<AttributeBool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enclave_options: Option<Enabled>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kernel_id: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ramdisk_id: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sriov_net_support: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_data: Option<AttributeValue>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Enabled {
    pub enabled: bool,
}

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
            volumes.push(Volume {
                size: b.ebs.volume_size,
                snapshot_id: b.ebs.snapshot_id.clone().unwrap_or_default(),
                availability_zone: i.placement.availability_zone.clone(),
                state: "in-use",
                create_time: crate::clock::format(i.launch_time),
                encrypted: b.ebs.encrypted,
                kms_key_id: b.ebs.kms_key_id.clone(),
                volume_type: b.ebs.volume_type.clone(),
                iops: 3000,
                throughput: 125,
                multi_attach_enabled: false,
                tags: tags.get(&id).cloned().unwrap_or_default(),
                attachments: vec![VolumeAttachment {
                    attach_time: crate::clock::format(i.launch_time),
                    device: b.device_name.clone(),
                    instance_id: i.instance_id.clone(),
                    state: "attached",
                    volume_id: id.clone(),
                    delete_on_termination: b.ebs.delete_on_termination,
                }],
                volume_id: id,
            });
        }
    }
    let field = |v: &Volume, name: &str| -> String {
        match name {
            "volume-id" => v.volume_id.clone(),
            "attachment.instance-id" => v.attachments[0].instance_id.clone(),
            "attachment.device" => v.attachments[0].device.clone(),
            "snapshot-id" => v.snapshot_id.clone(),
            "encrypted" => v.encrypted.to_string(),
            "size" => v.size.to_string(),
            _ => v.state.into(),
        }
    };
    volumes.retain(|v| {
        (r.volume_ids.is_empty() || r.volume_ids.contains(&v.volume_id))
            && r.filters.iter().all(|f| f.values.iter().any(|p| filters::wildcard(p, &field(v, &f.name))))
    });
    if let Some(missing) = r.volume_ids.iter().find(|id| !volumes.iter().any(|v| v.volume_id == **id)) {
        return refuse(Code::InvalidVolumeNotFound, format!("The volume '{missing}' does not exist."));
    }
    let (volumes, next_token) = r.page.apply(volumes, 5)?;
    Ok(Response::typed(Shape::Record, Volumes { volumes, next_token }))
}

/// DescribeVolumes: the instances' volumes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Volumes {
    pub volumes: Vec<Volume>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Volume {
    pub volume_id: String,
    pub size: i64,
    pub snapshot_id: String,
    pub availability_zone: String,
    pub state: &'static str,
    pub create_time: String,
    pub encrypted: bool,
    pub kms_key_id: Option<String>,
    pub volume_type: String,
    pub iops: i64,
    pub throughput: i64,
    pub multi_attach_enabled: bool,
    pub tags: Vec<crate::model::Tag>,
    pub attachments: Vec<VolumeAttachment>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VolumeAttachment {
    pub attach_time: String,
    pub device: String,
    pub instance_id: String,
    pub state: &'static str,
    pub volume_id: String,
    pub delete_on_termination: bool,
}

/// DescribeInstanceTypes: the types amisim knows, with their architecture.
pub fn describe_instance_types(_ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    if let Some(bad) = names.iter().find(|n| !super::launch::INSTANCE_TYPES.iter().any(|(t, _)| t == n)) {
        return refuse(
            Code::InvalidInstanceType,
            format!("The following supplied instance types do not exist: [{bad}]"),
        );
    }
    let instance_types = super::launch::INSTANCE_TYPES
        .iter()
        .filter(|(t, _)| names.is_empty() || names.iter().any(|n| n == t))
        .map(|&(t, arch)| InstanceType::of(t, arch))
        .collect();
    Ok(Response::typed(Shape::Record, InstanceTypes { instance_types }))
}

/// DescribeInstanceTypes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceTypes {
    pub instance_types: Vec<InstanceType>,
}

/// What DescribeInstanceTypes says of a type: its size from its name, and
/// the answers every simulated type shares.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceType {
    pub instance_type: &'static str,
    pub current_generation: bool,
    pub free_tier_eligible: bool,
    pub supported_usage_classes: [&'static str; 2],
    pub supported_root_device_types: [&'static str; 1],
    pub supported_virtualization_types: [&'static str; 1],
    pub bare_metal: bool,
    pub hypervisor: &'static str,
    pub processor_info: ProcessorInfo,
    #[serde(rename = "VCpuInfo")]
    pub v_cpu_info: VCpuInfo,
    pub memory_info: MemoryInfo,
    pub instance_storage_supported: bool,
    pub burstable_performance_supported: bool,
    pub ebs_info: EbsInfo,
    pub network_info: NetworkInfo,
    pub placement_group_info: PlacementGroupInfo,
    pub hibernation_supported: bool,
    pub dedicated_hosts_supported: bool,
    pub auto_recovery_supported: bool,
    pub supported_boot_modes: [&'static str; 2],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProcessorInfo {
    pub supported_architectures: [&'static str; 1],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VCpuInfo {
    #[serde(rename = "DefaultVCpus")]
    pub default_v_cpus: i64,
    pub default_cores: i64,
    pub default_threads_per_core: i64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MemoryInfo {
    #[serde(rename = "SizeInMiB")]
    pub size_in_mib: i64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EbsInfo {
    pub ebs_optimized_support: &'static str,
    pub encryption_support: &'static str,
    pub nvme_support: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInfo {
    pub network_performance: &'static str,
    pub maximum_network_interfaces: i64,
    pub ipv4_addresses_per_interface: i64,
    pub ena_support: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PlacementGroupInfo {
    pub supported_strategies: [&'static str; 2],
}

impl InstanceType {
    fn of(t: &'static str, arch: &'static str) -> InstanceType {
        let size = t.split('.').nth(1).unwrap_or("micro");
        let (vcpus, mib) = match size {
            "nano" => (2, 512),
            "micro" => (2, 1024),
            "small" => (2, 2048),
            "medium" => (2, 4096),
            "large" => (2, 8192),
            _ => (4, 16384),
        };
        InstanceType {
            instance_type: t,
            current_generation: true,
            free_tier_eligible: t == "t2.micro" || t == "t3.micro",
            supported_usage_classes: ["on-demand", "spot"],
            supported_root_device_types: ["ebs"],
            supported_virtualization_types: ["hvm"],
            bare_metal: false,
            hypervisor: "nitro",
            processor_info: ProcessorInfo { supported_architectures: [arch] },
            v_cpu_info: VCpuInfo { default_v_cpus: vcpus, default_cores: vcpus / 2, default_threads_per_core: 2 },
            memory_info: MemoryInfo { size_in_mib: mib },
            instance_storage_supported: false,
            burstable_performance_supported: t.starts_with('t'),
            ebs_info: EbsInfo {
                ebs_optimized_support: "default",
                encryption_support: "supported",
                nvme_support: "required",
            },
            network_info: NetworkInfo {
                network_performance: "Up to 5 Gigabit",
                maximum_network_interfaces: 2,
                ipv4_addresses_per_interface: 2,
                ena_support: "required",
            },
            placement_group_info: PlacementGroupInfo { supported_strategies: ["partition", "spread"] },
            hibernation_supported: false,
            dedicated_hosts_supported: false,
            auto_recovery_supported: true,
            supported_boot_modes: ["legacy-bios", "uefi"],
        }
    }
}
