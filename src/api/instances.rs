//! `instances list|terminate|stop|start` (R-SHR-8).

use super::{Ctx, OrInternal, Response, Shape};
use crate::error::{refuse, ApiError, Code};
use crate::ids;
use crate::model::Instance;
use crate::store;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum InstanceAction {
    Terminate,
    Stop,
    Start,
}

impl InstanceAction {
    pub fn operation(self) -> &'static str {
        match self {
            InstanceAction::Terminate => "TerminateInstances",
            InstanceAction::Stop => "StopInstances",
            InstanceAction::Start => "StartInstances",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeInstances {
    pub action: InstanceAction,
    pub instance_ids: Vec<String>,
}

/// The caller's instances with these IDs, or the right error for the first bad one.
fn owned(ctx: &Ctx, ids_: &[String]) -> Result<Vec<Instance>, ApiError> {
    for id in ids_ {
        ids::check_instance_id(id)?;
    }
    let found: Vec<Instance> = store::instances(ctx.db, ctx.account, ctx.region, Some(ids_))
        .db()?
        .into_iter()
        .filter(|i| i.owner_id == ctx.account)
        .collect();
    if let Some(missing) = ids_.iter().find(|id| !found.iter().any(|i| &i.instance_id == *id)) {
        return refuse(Code::InvalidInstanceIdNotFound, format!("The instance ID '{missing}' does not exist"));
    }
    Ok(found)
}

pub fn describe_instances(ctx: &Ctx, ids_: Vec<String>) -> Result<Response, ApiError> {
    let list = if ids_.is_empty() {
        store::instances(ctx.db, ctx.account, ctx.region, None).db()?
    } else {
        owned(ctx, &ids_)?
    };
    Ok(Response::new(Shape::Instances, json!({ "Instances": list })))
}

pub fn change_instances(ctx: &Ctx, r: ChangeInstances) -> Result<Response, ApiError> {
    if r.instance_ids.is_empty() {
        return refuse(Code::InvalidParameterValue, "Name at least one instance ID");
    }
    let list = owned(ctx, &r.instance_ids)?;
    for i in &list {
        let state = i.state.name.as_str();
        let refused = match r.action {
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
            InstanceAction::Stop => !matches!(state, "running" | "stopped"),
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
    for i in &list {
        let state = i.state.name.as_str();
        let (new, fee_on) = match (r.action, state) {
            (_, "terminated") => continue,
            (InstanceAction::Terminate, _) => ("terminated", false),
            (InstanceAction::Stop, _) => ("stopped", false),
            (InstanceAction::Start, _) => ("running", true),
        };
        if new == state {
            continue;
        }
        store::set_instance_state(ctx.db, i.row, new, None).db()?;
        // R-COST-4: software fees accrue only while the instance runs.
        store::close_meters(ctx.db, &i.instance_id, None, ctx.now).db()?;
        if fee_on {
            super::marketplace::open_software_meters(ctx, i)?;
        }
    }
    let list = store::instances(ctx.db, ctx.account, ctx.region, Some(&r.instance_ids)).db()?;
    Ok(Response::new(Shape::Instances, json!({ "Instances": list })))
}
