//! DescribeNetworkInterfaces: each instance that is not terminated has one
//! network interface in its subnet, with its security groups. Clients list
//! them before deleting a security group (Terraform looks for lingering ones).

use super::filters::{self, Filter, Filterable};
use super::page::Page;
use super::{Ctx, Response, Shape};
use crate::clock::ser_time;
use crate::error::{ApiError, Code, OpError};
use crate::model::{GroupIdentifier, Instance, Tag};
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkInterfaces {
    pub network_interface_ids: Vec<String>,
    pub filters: Vec<Filter>,
    pub page: Page,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInterfaces {
    pub network_interfaces: Vec<NetworkInterface>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInterface {
    pub network_interface_id: String,
    pub subnet_id: String,
    pub vpc_id: String,
    pub availability_zone: String,
    pub owner_id: String,
    pub description: String,
    pub status: &'static str,
    pub interface_type: &'static str,
    pub mac_address: String,
    pub private_ip_address: String,
    pub private_dns_name: String,
    pub source_dest_check: bool,
    pub requester_managed: bool,
    pub groups: Vec<GroupIdentifier>,
    pub attachment: Attachment,
    pub tag_set: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Attachment {
    pub attachment_id: String,
    pub instance_id: String,
    pub instance_owner_id: String,
    pub device_index: i64,
    pub network_card_index: i64,
    pub status: &'static str,
    pub delete_on_termination: bool,
    #[serde(serialize_with = "ser_time")]
    pub attach_time: i64,
}

/// The interface ID of an instance: derived from the instance's ID.
pub fn interface_id(instance_id: &str) -> String {
    derived("eni", instance_id)
}

/// Stable IDs of what an instance reports but amisim does not store.
pub fn derived(prefix: &str, from: &str) -> String {
    let h = from.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    format!("{prefix}-0{:016x}", crate::ids::mix(0, h))
}

/// The interface's MAC address, derived from the instance's ID.
pub fn mac_address(instance_id: &str) -> String {
    let h = crate::ids::mix(1, instance_id.bytes().fold(0u64, |a, b| a.wrapping_mul(31).wrapping_add(b as u64)));
    let b: Vec<String> = (0..5).map(|k| format!("{:02x}", (h >> (8 * k)) & 0xff)).collect();
    format!("0a:{}", b.join(":"))
}

fn of(i: Instance) -> NetworkInterface {
    let id = interface_id(&i.instance_id);
    NetworkInterface {
        attachment: Attachment {
            attachment_id: derived("eni-attach", &i.instance_id),
            instance_id: i.instance_id.clone(),
            instance_owner_id: i.owner_id.clone(),
            device_index: 0,
            network_card_index: 0,
            status: "attached",
            delete_on_termination: true,
            attach_time: i.launch_time,
        },
        mac_address: mac_address(&i.instance_id),
        network_interface_id: id,
        subnet_id: i.subnet_id,
        vpc_id: i.vpc_id,
        availability_zone: i.placement.availability_zone,
        owner_id: i.owner_id,
        description: String::new(),
        status: "in-use",
        interface_type: "interface",
        private_ip_address: i.private_ip_address,
        private_dns_name: i.private_dns_name,
        source_dest_check: true,
        requester_managed: false,
        groups: i.security_groups,
        tag_set: Vec::new(),
    }
}

impl Filterable for NetworkInterface {
    const NAMES: &'static [&'static str] = &[
        "attachment.attachment-id",
        "attachment.instance-id",
        "attachment.instance-owner-id",
        "attachment.status",
        "availability-zone",
        "description",
        "group-id",
        "group-name",
        "interface-type",
        "mac-address",
        "network-interface-id",
        "owner-id",
        "private-dns-name",
        "private-ip-address",
        "requester-managed",
        "source-dest-check",
        "status",
        "subnet-id",
        "tag-key",
        "vpc-id",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        let one = |s: &str| vec![s.to_string()];
        match name {
            "attachment.attachment-id" => one(&self.attachment.attachment_id),
            "attachment.instance-id" => one(&self.attachment.instance_id),
            "attachment.instance-owner-id" => one(&self.attachment.instance_owner_id),
            "attachment.status" => one(self.attachment.status),
            "availability-zone" => one(&self.availability_zone),
            "description" => one(&self.description),
            "group-id" => self.groups.iter().map(|g| g.group_id.clone()).collect(),
            "group-name" => self.groups.iter().map(|g| g.group_name.clone()).collect(),
            "interface-type" => one(self.interface_type),
            "mac-address" => one(&self.mac_address),
            "network-interface-id" => one(&self.network_interface_id),
            "owner-id" => one(&self.owner_id),
            "private-dns-name" => one(&self.private_dns_name),
            "private-ip-address" => one(&self.private_ip_address),
            "requester-managed" => one(&self.requester_managed.to_string()),
            "source-dest-check" => one(&self.source_dest_check.to_string()),
            "status" => one(self.status),
            "subnet-id" => one(&self.subnet_id),
            "vpc-id" => one(&self.vpc_id),
            _ => vec![],
        }
    }
}

pub fn describe_network_interfaces(ctx: &Ctx, r: DescribeNetworkInterfaces) -> Result<Response, OpError> {
    filters::check::<NetworkInterface>(&r.filters)?;
    let all: Vec<NetworkInterface> =
        super::instances::load(ctx, None)?.into_iter().filter(|i| i.state.name != "terminated").map(of).collect();
    if let Some(missing) = r.network_interface_ids.iter().find(|id| !all.iter().any(|n| n.network_interface_id == **id))
    {
        return Err(ApiError::new(
            Code::InvalidNetworkInterfaceIdNotFound,
            format!("The networkInterface ID '{missing}' does not exist"),
        )
        .into());
    }
    let list: Vec<NetworkInterface> = all
        .into_iter()
        .filter(|n| r.network_interface_ids.is_empty() || r.network_interface_ids.contains(&n.network_interface_id))
        .filter(|n| filters::matches(n, &r.filters))
        .collect();
    let (network_interfaces, next_token) = r.page.apply(list, 5)?;
    Ok(Response::typed(Shape::Record, NetworkInterfaces { network_interfaces, next_token }))
}
