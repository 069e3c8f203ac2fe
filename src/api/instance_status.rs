//! DescribeInstanceStatus: running instances pass their checks; others are
//! listed only with IncludeAllInstances, their checks not applicable.

use super::filters::{self, Filter, Filterable};
use super::page::Page;
use super::{Ctx, Response, Shape};
use crate::error::OpError;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstanceStatus {
    pub instance_ids: Vec<String>,
    pub include_all_instances: bool,
    pub filters: Vec<Filter>,
    pub page: Page,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatuses {
    pub instance_statuses: Vec<InstanceStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatus {
    pub instance_id: String,
    pub availability_zone: String,
    pub instance_state: StateOut,
    pub instance_status: Summary,
    pub system_status: Summary,
    pub attached_ebs_status: Summary,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StateOut {
    pub code: i64,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Summary {
    pub status: &'static str,
    pub details: Vec<Detail>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Detail {
    pub name: &'static str,
    pub status: &'static str,
}

fn summary(running: bool) -> Summary {
    if running {
        Summary { status: "ok", details: vec![Detail { name: "reachability", status: "passed" }] }
    } else {
        Summary { status: "not-applicable", details: Vec::new() }
    }
}

impl Filterable for InstanceStatus {
    const NAMES: &'static [&'static str] = &[
        "availability-zone",
        "availability-zone-id",
        "event.code",
        "event.description",
        "event.instance-event-id",
        "event.not-after",
        "event.not-before",
        "event.not-before-deadline",
        "instance-state-code",
        "instance-state-name",
        "instance-status.reachability",
        "instance-status.status",
        "operator.managed",
        "operator.principal",
        "system-status.reachability",
        "system-status.status",
        "attached-ebs-status.status",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        let details = |s: &Summary| s.details.iter().map(|d| d.status.to_string()).collect();
        match name {
            "availability-zone" => vec![self.availability_zone.clone()],
            "instance-state-code" => vec![self.instance_state.code.to_string()],
            "instance-state-name" => vec![self.instance_state.name.clone()],
            "instance-status.status" => vec![self.instance_status.status.to_string()],
            "instance-status.reachability" => details(&self.instance_status),
            "system-status.status" => vec![self.system_status.status.to_string()],
            "system-status.reachability" => details(&self.system_status),
            "attached-ebs-status.status" => vec![self.attached_ebs_status.status.to_string()],
            "operator.managed" => vec!["false".into()],
            _ => vec![],
        }
    }
}

pub fn describe_instance_status(ctx: &Ctx, r: DescribeInstanceStatus) -> Result<Response, OpError> {
    filters::check::<InstanceStatus>(&r.filters)?;
    let list = if r.instance_ids.is_empty() {
        super::instances::load(ctx, None)?
    } else {
        super::instances::owned_many(ctx, &r.instance_ids)?
    };
    let statuses: Vec<InstanceStatus> = list
        .into_iter()
        .filter(|i| r.include_all_instances || i.state.name == "running")
        .map(|i| {
            let running = i.state.name == "running";
            InstanceStatus {
                instance_state: StateOut { code: i.state.code(), name: i.state.name.clone() },
                instance_status: summary(running),
                system_status: summary(running),
                attached_ebs_status: summary(running),
                availability_zone: i.placement.availability_zone,
                instance_id: i.instance_id,
            }
        })
        .filter(|s| filters::matches(s, &r.filters))
        .collect();
    let (instance_statuses, next_token) = r.page.apply(statuses, 5)?;
    Ok(Response::typed(Shape::Record, InstanceStatuses { instance_statuses, next_token }))
}
