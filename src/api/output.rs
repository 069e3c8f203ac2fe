//! Typed answers that operations give (AWS's field names), for the printers
//! and for front ends that read their fields: a pipeline takes the instance
//! it launched from `Instances`, not from `v["Instances"][0]["InstanceId"]`.

use crate::model::Instance;
use serde::Serialize;

/// RunInstances and DescribeInstances.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Instances {
    pub instances: Vec<Instance>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// Start, Stop and TerminateInstances: the instances after, and each change.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceChanges {
    pub instances: Vec<Instance>,
    pub state_changes: Vec<StateChange>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StateChange {
    pub instance_id: String,
    pub previous_state: StateName,
    pub current_state: StateName,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StateName {
    pub name: String,
    pub code: i64,
}

impl StateName {
    pub fn of(name: &str) -> StateName {
        StateName { name: name.into(), code: crate::model::InstanceState { name: name.into() }.code() }
    }
}

/// CreateImage, RegisterImage and CopyImage.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImageId {
    pub image_id: String,
}

/// CopySnapshot.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SnapshotId {
    pub snapshot_id: String,
}

/// DescribeInstanceCreditSpecifications.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreditSpecifications {
    pub instance_credit_specifications: Vec<CreditSpecification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreditSpecification {
    pub instance_id: String,
    pub cpu_credits: &'static str,
}
