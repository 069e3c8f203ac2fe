//! Domain types, serialized with AWS field names. The same value feeds every printer.

use crate::clock::{ser_opt_time, ser_time};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageState {
    Pending,
    Available,
    Failed,
    Disabled,
    Deregistered,
}

impl ImageState {
    pub fn as_str(self) -> &'static str {
        match self {
            ImageState::Pending => "pending",
            ImageState::Available => "available",
            ImageState::Failed => "failed",
            ImageState::Disabled => "disabled",
            ImageState::Deregistered => "deregistered",
        }
    }
    pub fn parse(s: &str) -> ImageState {
        match s {
            "pending" => ImageState::Pending,
            "available" => ImageState::Available,
            "failed" => ImageState::Failed,
            "disabled" => ImageState::Disabled,
            _ => ImageState::Deregistered,
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    pub key: String,
    pub value: String,
}

impl Tag {
    /// `KEY=VALUE` words as tags (`KEY` alone: an empty value), as the CLI and pipelines take them.
    pub fn parse_list(raw: Vec<String>) -> Vec<Tag> {
        raw.into_iter()
            .map(|t| match t.split_once('=') {
                Some((k, v)) => Tag { key: k.into(), value: v.into() },
                None => Tag { key: t, value: String::new() },
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct ProductCode {
    pub product_code_id: String,
    pub product_code_type: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Ebs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    pub volume_size: i64,
    pub volume_type: String,
    pub delete_on_termination: bool,
    pub encrypted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iops: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throughput: Option<i64>,
    /// An instance's volume (instances only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_id: Option<String>,
    /// When the volume was attached (instances only).
    #[serde(serialize_with = "ser_opt_time", skip_serializing_if = "Option::is_none")]
    pub attach_time: Option<i64>,
}

impl Ebs {
    /// An image's volume: a snapshot of a size.
    pub fn image_volume(snapshot_id: Option<String>, size: i64, encrypted: bool, kms_key_id: Option<String>) -> Ebs {
        Ebs {
            snapshot_id,
            volume_size: size,
            volume_type: "gp3".into(),
            delete_on_termination: true,
            encrypted,
            kms_key_id,
            iops: None,
            throughput: None,
            volume_id: None,
            attach_time: None,
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct BlockDeviceMapping {
    pub device_name: String,
    pub ebs: Ebs,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct StateReason {
    pub code: String,
    pub message: String,
}

/// An AMI (R-IMG-1). Fields marked `skip` are bookkeeping, not part of the AWS shape.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Image {
    #[serde(skip)]
    pub row: i64,
    pub image_id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub owner_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_owner_alias: Option<String>,
    pub region: String,
    pub state: ImageState,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_reason: Option<StateReason>,
    #[serde(serialize_with = "ser_time")]
    pub creation_date: i64,
    pub architecture: String,
    pub image_type: &'static str,
    pub public: bool,
    pub root_device_type: String,
    pub root_device_name: String,
    pub block_device_mappings: Vec<BlockDeviceMapping>,
    pub virtualization_type: String,
    pub hypervisor: &'static str,
    pub ena_support: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sriov_net_support: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tpm_support: Option<String>,
    pub platform_details: String,
    pub usage_operation: String,
    /// `windows` for Windows images, absent otherwise (derived: `Image::derive`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<&'static str>,
    /// `OWNER/NAME`, OWNER the alias where there is one (derived).
    pub image_location: String,
    /// `uefi` for arm64, `uefi-preferred` for x86_64 (derived); what
    /// RegisterImage was given, or none, for a registered image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boot_mode: Option<String>,
    /// `v2.0` once IMDSv2 is required of instances launched from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imds_support: Option<String>,
    pub billing_products: Vec<String>,
    pub product_codes: Vec<ProductCode>,
    pub tags: Vec<Tag>,
    #[serde(serialize_with = "ser_opt_time", skip_serializing_if = "Option::is_none")]
    pub deprecation_time: Option<i64>,
    pub deregistration_protection: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_image_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_image_region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_instance_id: Option<String>,
    /// When an instance was last launched from the image.
    #[serde(serialize_with = "ser_opt_time", skip_serializing_if = "Option::is_none")]
    pub last_launched_time: Option<i64>,
    /// Added by `catalog import`, with its real ID (README, "Use your real tools").
    #[serde(skip)]
    pub imported: bool,
    /// When a pending image settles.
    #[serde(skip)]
    pub ready_at: i64,
    /// What a pending image settles into (`available`, or `failed` under failure injection).
    #[serde(skip)]
    pub outcome: ImageState,
    /// Size of an instance-store root template (R-IMG-3), in GiB.
    #[serde(skip)]
    pub template_size: i64,
    /// Whether the caller has an explicit launch permission (filled by queries).
    #[serde(skip)]
    pub shared_with_caller: bool,
    /// End of a deregistration-protection cooldown (R-LIF-2).
    #[serde(skip)]
    pub protection_until: Option<i64>,
    /// What RegisterImage was told, described back as given (R-IMG-4).
    #[serde(skip)]
    pub registration: Registration,
}

/// Attributes RegisterImage takes and DescribeImages answers as given; a
/// copy keeps them (R-IMG-4). None: amisim's default.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Registration {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub virtualization_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ena_support: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sriov_net_support: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boot_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tpm_support: Option<String>,
    /// Made by RegisterImage: what was not given stays absent (BootMode).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub registered: bool,
}

impl Registration {
    pub fn is_default(&self) -> bool {
        *self == Registration::default()
    }
}

impl Image {
    /// Computes the fields AWS derives from the others, once, as the image is
    /// read: every printer, the XML and DescribeImageAttribute see the same values.
    pub fn derive(mut self) -> Image {
        self.platform = (self.platform_details == "Windows").then_some("windows");
        let owner = self.image_owner_alias.as_deref().unwrap_or(&self.owner_id);
        self.image_location = format!("{owner}/{}", self.name);
        let derived = if self.architecture == "arm64" { "uefi" } else { "uefi-preferred" };
        let r = &self.registration;
        self.boot_mode = r.boot_mode.clone().or_else(|| (!r.registered).then(|| derived.into()));
        self.virtualization_type = r.virtualization_type.clone().unwrap_or_else(|| "hvm".into());
        self.ena_support = r.ena_support.unwrap_or(true);
        self.sriov_net_support = r.sriov_net_support.clone();
        self.tpm_support = r.tpm_support.clone();
        self
    }

    pub fn snapshot_ids(&self) -> impl Iterator<Item = &str> {
        self.block_device_mappings.iter().filter_map(|b| b.ebs.snapshot_id.as_deref())
    }
    pub fn is_encrypted(&self) -> bool {
        self.block_device_mappings.iter().any(|b| b.ebs.encrypted)
    }
    pub fn total_size(&self) -> i64 {
        if self.root_device_type == "instance-store" {
            self.template_size
        } else {
            self.block_device_mappings.iter().map(|b| b.ebs.volume_size).sum()
        }
    }
    pub fn has_billing(&self) -> bool {
        !self.billing_products.is_empty() || !self.product_codes.is_empty()
    }
    pub fn is_instance_store(&self) -> bool {
        self.root_device_type == "instance-store"
    }
    pub fn is_deprecated(&self, now: i64) -> bool {
        self.deprecation_time.is_some_and(|t| t <= now)
    }
}

/// An EBS snapshot (R-IMG-6).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Snapshot {
    #[serde(skip)]
    pub row: i64,
    pub snapshot_id: String,
    pub owner_id: String,
    pub region: String,
    pub volume_size: i64,
    pub encrypted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    pub state: String,
    pub storage_tier: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiering_status: Option<String>,
    #[serde(serialize_with = "ser_time")]
    pub start_time: i64,
    pub description: String,
    pub progress: String,
    pub tags: Vec<Tag>,
    /// Images (not deregistered) that this snapshot backs.
    pub images: Vec<String>,
    #[serde(skip)]
    pub ready_at: i64,
    /// Accounts (or `all`) granted createVolumePermission.
    #[serde(skip)]
    pub volume_permissions: Vec<String>,
    /// Whether the snapshot is encrypted with an AWS-managed `aws/ebs` key (R-SHR-4).
    #[serde(skip)]
    pub managed_key: bool,
    #[serde(skip)]
    pub archived_at: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceState {
    pub name: String,
}

impl InstanceState {
    /// The numeric code AWS gives each state.
    pub fn code(&self) -> i64 {
        match self.name.as_str() {
            "pending" => 0,
            "running" => 16,
            "shutting-down" => 32,
            "terminated" => 48,
            "stopping" => 64,
            _ => 80,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Placement {
    pub availability_zone: String,
    pub tenancy: String,
}

/// A simulated EC2 instance.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Instance {
    #[serde(skip)]
    pub row: i64,
    pub instance_id: String,
    pub image_id: String,
    pub region: String,
    pub owner_id: String,
    pub reservation_id: String,
    pub instance_type: String,
    pub architecture: String,
    pub state: InstanceState,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_reason: Option<StateReason>,
    #[serde(serialize_with = "ser_time")]
    pub launch_time: i64,
    pub root_device_type: String,
    pub root_device_name: String,
    pub platform_details: String,
    pub usage_operation: String,
    pub product_codes: Vec<ProductCode>,
    pub billing_products: Vec<String>,
    pub block_device_mappings: Vec<BlockDeviceMapping>,
    pub tags: Vec<Tag>,
    /// Where the instance runs: derived from its ID (api::network).
    pub placement: Placement,
    pub vpc_id: String,
    pub subnet_id: String,
    pub private_ip_address: String,
    pub private_dns_name: String,
    /// Termination protection (ModifyInstanceAttribute disableApiTermination).
    #[serde(skip)]
    pub disable_api_termination: bool,
    /// The ClientToken RunInstances was called with, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// The key pair it was launched with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_name: Option<String>,
    pub security_groups: Vec<GroupIdentifier>,
    /// The zone RunInstances asked for (by subnet or placement); otherwise
    /// one is derived from the instance ID.
    #[serde(skip)]
    pub requested_zone: Option<String>,
}

/// A security group as an instance lists it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct GroupIdentifier {
    pub group_id: String,
    pub group_name: String,
}

/// A KMS key (one region, one owner).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Key {
    pub key_id: String,
    pub arn: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    pub owner_id: String,
    pub region: String,
    pub key_manager: String,
    pub key_state: String,
    pub grantees: Vec<String>,
}

impl Key {
    pub fn is_managed(&self) -> bool {
        self.key_manager == "AWS"
    }
    pub fn usable_by(&self, account: &str) -> bool {
        self.key_state == "Enabled" && (self.owner_id == account || self.grantees.iter().any(|g| g == account))
    }
}

pub fn key_arn(region: &str, owner: &str, key_id: &str) -> String {
    format!("arn:aws:kms:{region}:{owner}:key/{key_id}")
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Account {
    pub account_id: String,
    pub name: String,
    pub system: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Product {
    pub product_code_id: String,
    pub name: String,
    pub seller_id: String,
    pub price_per_hour: f64,
    pub subscribed: bool,
}

#[cfg(test)]
pub mod tests {
    use super::{Image, ImageState};

    /// A plain image for unit tests.
    pub fn sample_image() -> Image {
        Image {
            row: 1,
            image_id: "ami-00000000000000001".into(),
            name: "sample".into(),
            description: None,
            owner_id: crate::accounts::DEFAULT_ACCOUNT.into(),
            image_owner_alias: None,
            region: "us-east-1".into(),
            state: ImageState::Available,
            state_reason: None,
            creation_date: crate::clock::EPOCH_START,
            architecture: "x86_64".into(),
            image_type: "machine",
            public: false,
            root_device_type: "ebs".into(),
            root_device_name: "/dev/xvda".into(),
            block_device_mappings: Vec::new(),
            virtualization_type: "hvm".into(),
            sriov_net_support: None,
            tpm_support: None,
            hypervisor: "xen",
            ena_support: true,
            platform_details: "Linux/UNIX".into(),
            usage_operation: "RunInstances".into(),
            platform: None,
            image_location: String::new(),
            boot_mode: Some("uefi-preferred".into()),
            imds_support: None,
            billing_products: Vec::new(),
            product_codes: Vec::new(),
            tags: Vec::new(),
            deprecation_time: None,
            deregistration_protection: "disabled".into(),
            source_image_id: None,
            source_image_region: None,
            source_instance_id: None,
            ready_at: 0,
            outcome: ImageState::Available,
            template_size: 0,
            shared_with_caller: false,
            protection_until: None,
            registration: Default::default(),
            last_launched_time: None,
            imported: false,
        }
    }
}

/// An EC2 key pair (one account, one region): the public half only.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyPair {
    pub key_pair_id: String,
    pub key_name: String,
    pub key_type: String,
    pub key_fingerprint: String,
    /// Shown only when asked for (DescribeKeyPairs IncludePublicKey).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    #[serde(serialize_with = "ser_time")]
    pub create_time: i64,
    pub tags: Vec<Tag>,
}

/// A security group of a VPC, with its rules in AWS's IpPermissions shape.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroup {
    pub group_id: String,
    pub group_name: String,
    pub description: String,
    pub owner_id: String,
    pub vpc_id: String,
    pub ip_permissions: Vec<IpPermission>,
    pub ip_permissions_egress: Vec<IpPermission>,
    pub tags: Vec<Tag>,
    #[serde(skip)]
    pub region: String,
    /// The default VPC's `default` group, which cannot be deleted.
    #[serde(skip)]
    pub is_default: bool,
}

/// Rules of one protocol and port range, grouped as AWS answers them.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct IpPermission {
    pub ip_protocol: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_port: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_port: Option<i64>,
    pub ip_ranges: Vec<IpRange>,
    pub ipv6_ranges: Vec<Ipv6Range>,
    pub user_id_group_pairs: Vec<UserIdGroupPair>,
    pub prefix_list_ids: Vec<PrefixListId>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct IpRange {
    pub cidr_ip: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Ipv6Range {
    pub cidr_ipv6: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct UserIdGroupPair {
    pub group_id: String,
    pub user_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct PrefixListId {
    pub prefix_list_id: String,
}

/// One stored security group rule: a protocol, a port range and one peer.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRule {
    pub rule_id: String,
    pub egress: bool,
    pub ip_protocol: String,
    pub from_port: Option<i64>,
    pub to_port: Option<i64>,
    pub peer: Peer,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Peer {
    Ipv4(String),
    Ipv6(String),
    Group(String),
}
