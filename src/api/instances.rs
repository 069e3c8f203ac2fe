//! `instances list|terminate|stop|start` (R-SHR-8), instance attributes and
//! credit specifications. Volumes and instance types have files of their own.

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
    let missing: Vec<&str> =
        ids_.iter().filter(|id| !found.iter().any(|i| &i.instance_id == *id)).map(String::as_str).collect();
    // AWS's text, for one ID and for several.
    match missing.as_slice() {
        [] => {}
        [one] => return refuse(Code::InvalidInstanceIdNotFound, format!("The instance ID '{one}' does not exist")),
        many => {
            return refuse(
                Code::InvalidInstanceIdNotFound,
                format!("The instance IDs '{}' do not exist", many.join(", ")),
            )
        }
    }
    Ok(found)
}

/// The caller's instances with these IDs (DescribeInstanceStatus).
pub(crate) fn owned_many(ctx: &Ctx, ids_: &[String]) -> Result<Vec<Instance>, OpError> {
    owned(ctx, ids_)
}

/// One instance of the caller, or the right refusal.
pub fn owned_instance(ctx: &Ctx, id: &str) -> Result<Instance, OpError> {
    Ok(owned(ctx, std::slice::from_ref(&id.to_string()))?.remove(0))
}

pub fn describe_instances(ctx: &Ctx, r: DescribeInstances) -> Result<Response, OpError> {
    filters::check::<Instance>(&r.filters)?;
    r.page.not_with_ids(&r.instance_ids, "instancesSet")?;
    let mut list = if r.instance_ids.is_empty() { load(ctx, None)? } else { owned(ctx, &r.instance_ids)? };
    list.retain(|i| filters::matches(i, &r.filters));
    let (list, next) = r.page.apply(list, 5)?;
    Ok(Response::typed(Shape::Instances, output::Instances { instances: list, next_token: next }))
}

/// Seconds an instance spends stopping or shutting down.
pub const SHUTDOWN_DELAY: i64 = 30;

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
                        // R-SHR-8
                        "The instance '{}' has an instance-store root device and cannot be stopped",
                        i.instance_id
                    ),
                )
            }
            InstanceAction::Stop => !matches!(state, "running" | "stopped" | "stopping"),
            InstanceAction::Start => !matches!(state, "running" | "stopped"),
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
        // Stopping and terminating take a while, as on AWS: the instance is
        // stopping or shutting-down until SHUTDOWN_DELAY has passed.
        let (new, fee_on) = match (r.action, state) {
            (_, "terminated" | "shutting-down") => (state, false),
            (InstanceAction::Terminate, _) => ("shutting-down", false),
            (InstanceAction::Stop, "stopped" | "stopping") => (state, false),
            (InstanceAction::Stop, _) => ("stopping", false),
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
        match new {
            "shutting-down" => {
                store::set_instance_transition(ctx.db, i.row, new, "terminated", ctx.now + SHUTDOWN_DELAY)?
            }
            "stopping" => store::set_instance_transition(ctx.db, i.row, new, "stopped", ctx.now + SHUTDOWN_DELAY)?,
            _ => store::set_instance_state(ctx.db, i.row, new, None)?,
        }
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
