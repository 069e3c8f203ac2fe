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

/// A launch or create-volume permission: an account, or the group `all`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Grantee {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<&'static str>,
}

/// `[{"UserId"}…, {"Group": "all"}]`, accounts first.
pub fn grantees(list: &[String]) -> Vec<Grantee> {
    let mut out: Vec<Grantee> =
        list.iter().filter(|g| *g != "all").map(|g| Grantee { user_id: Some(g.clone()), group: None }).collect();
    if list.iter().any(|g| g == "all") {
        out.push(Grantee { user_id: None, group: Some("all") });
    }
    out
}

/// DescribeImageAttribute launchPermission (and `share` without changes).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct LaunchPermissions {
    pub image_id: String,
    pub launch_permissions: Vec<Grantee>,
}

/// DescribeSnapshotAttribute createVolumePermission (and `snapshots share`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VolumePermissions {
    pub snapshot_id: String,
    pub create_volume_permissions: Vec<Grantee>,
}

/// An attribute's value as AWS wraps it: `{"Value": v}`, or `{}` when unset.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttributeValue {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl AttributeValue {
    pub fn of(v: impl Into<String>) -> AttributeValue {
        AttributeValue { value: Some(v.into()) }
    }
}

/// A boolean attribute as AWS wraps it: `{"Value": true}`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttributeBool {
    pub value: bool,
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

/// `{"Return": …}`: AWS's answer to many changes (true, or the new setting).
#[derive(Debug, Clone, Serialize)]
pub struct Return<T> {
    #[serde(rename = "Return")]
    pub value: T,
}

/// DeregisterImage with DeleteAssociatedSnapshots: each snapshot's outcome.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Deregistered {
    #[serde(rename = "Return")]
    pub value: bool,
    pub delete_snapshot_results: Vec<SnapshotResult>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SnapshotResult {
    pub snapshot_id: String,
    pub return_code: &'static str,
}

/// The virtual clock (clock show, clock advance).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Now {
    pub now: String,
}

/// Image block public access for an account and region (R-SHR-5).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct BlockPublicAccess {
    pub image_block_public_access_state: &'static str,
}

/// `accounts list` and `accounts create`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Accounts {
    pub accounts: Vec<crate::model::Account>,
}

/// An account's access key pair for `amisim serve`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Credential {
    pub account_id: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// Still the pair derived from the world's seed (not rotated).
    pub default: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Credentials {
    pub credentials: Vec<Credential>,
}

/// DescribeSnapshots.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Snapshots {
    pub snapshots: Vec<crate::model::Snapshot>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// ModifySnapshotTier and RestoreSnapshotTier.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tiering {
    pub snapshot_id: String,
    pub storage_tier: &'static str,
    pub tiering_status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiering_start_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restore_start_time: Option<String>,
    pub completes_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_permanent_restore: Option<bool>,
}

/// DescribeTags.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tags {
    pub tags: Vec<TagDescription>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagDescription {
    pub key: String,
    pub resource_id: String,
    pub resource_type: String,
    pub value: String,
}

/// The audit log (R-EVT-1).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Events {
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Event {
    pub event_time: String,
    pub account_id: String,
    pub region: String,
    pub operation: String,
    /// The IDs the call made or named.
    pub resources: serde_json::Value,
    pub outcome: String,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
    /// The call's parameters in AWS's field names, as recorded.
    pub parameters: serde_json::Value,
    pub source: String,
    pub access_key_id: Option<String>,
    pub request_id: Option<String>,
}

/// `marketplace list`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Products {
    pub products: Vec<crate::model::Product>,
}

/// `marketplace publish`: the new product code.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductCode {
    pub product_code: String,
}

/// `keys list`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Keys {
    pub keys: Vec<crate::model::Key>,
}

/// `keys create`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyCreated {
    pub key_id: String,
    pub arn: String,
    pub alias: String,
}

/// `catalog import`: what was added.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CatalogImages {
    pub images: Vec<CatalogImage>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CatalogImage {
    pub image_id: String,
    pub name: String,
    pub owner_id: String,
    pub region: String,
}
