//! What each Describe filter name reads of each resource. The names are
//! botocore's EC2 model's, so a filter a client may send is never refused
//! as unknown; a name amisim has nothing for (kernel-id, …) matches nothing,
//! as it would for such resources on AWS.

use super::Filterable;
use crate::api::network::{Subnet, Vpc};
use crate::api::volumes::Volume;
use crate::clock;
use crate::model::{BlockDeviceMapping, Image, Instance, IpPermission, KeyPair, SecurityGroup, Snapshot, Tag};
use crate::store::TagRow;

fn one(s: impl Into<String>) -> Vec<String> {
    vec![s.into()]
}

fn opt(s: &Option<String>) -> Vec<String> {
    s.iter().cloned().collect()
}

fn flag(b: bool) -> Vec<String> {
    one(b.to_string())
}

/// The `block-device-mapping.*` family, shared by images and instances.
fn mapping(list: &[BlockDeviceMapping], field: &str) -> Vec<String> {
    list.iter()
        .filter_map(|b| match field {
            "device-name" => Some(b.device_name.clone()),
            "delete-on-termination" => Some(b.ebs.delete_on_termination.to_string()),
            "snapshot-id" => b.ebs.snapshot_id.clone(),
            "volume-size" => Some(b.ebs.volume_size.to_string()),
            "volume-type" => Some(b.ebs.volume_type.clone()),
            "encrypted" => Some(b.ebs.encrypted.to_string()),
            "volume-id" => b.ebs.volume_id.clone(),
            "attach-time" => b.ebs.attach_time.map(clock::format),
            "status" => b.ebs.volume_id.as_ref().map(|_| "attached".to_string()),
            _ => None,
        })
        .collect()
}

impl Filterable for Image {
    const NAMES: &'static [&'static str] = &[
        "architecture",
        "block-device-mapping.delete-on-termination",
        "block-device-mapping.device-name",
        "block-device-mapping.snapshot-id",
        "block-device-mapping.volume-size",
        "block-device-mapping.volume-type",
        "block-device-mapping.encrypted",
        "boot-mode",
        "creation-date",
        "deprecation-time",
        "description",
        "ena-support",
        "free-tier-eligible",
        "hypervisor",
        "image-allowed",
        "image-id",
        "image-type",
        "imds-support",
        "is-public",
        "kernel-id",
        "manifest-location",
        "name",
        "owner-alias",
        "owner-id",
        "platform",
        "platform-details",
        "product-code",
        "product-code.type",
        "ramdisk-id",
        "root-device-name",
        "root-device-type",
        "source-image-id",
        "source-image-region",
        "source-instance-id",
        "state",
        "state-reason-code",
        "state-reason-message",
        "sriov-net-support",
        "tag-key",
        "usage-operation",
        "virtualization-type",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        if let Some(field) = name.strip_prefix("block-device-mapping.") {
            return mapping(&self.block_device_mappings, field);
        }
        match name {
            "architecture" => one(&self.architecture),
            "boot-mode" => opt(&self.boot_mode),
            "creation-date" => one(clock::format(self.creation_date)),
            "deprecation-time" => self.deprecation_time.map(clock::format).into_iter().collect(),
            "description" => opt(&self.description),
            "ena-support" => flag(self.ena_support),
            // Amazon's own images without software fees; amisim has no
            // allowed-images setting, so every image is allowed.
            "free-tier-eligible" => flag(
                self.image_owner_alias.as_deref() == Some("amazon")
                    && self.billing_products.is_empty()
                    && self.product_codes.is_empty(),
            ),
            "image-allowed" => flag(true),
            "hypervisor" => one(self.hypervisor),
            "image-id" => one(&self.image_id),
            "image-type" => one(self.image_type),
            "imds-support" => opt(&self.imds_support),
            "is-public" => flag(self.public),
            "manifest-location" => one(&self.image_location),
            "name" => one(&self.name),
            "owner-alias" => opt(&self.image_owner_alias),
            "owner-id" => one(&self.owner_id),
            "platform" => self.platform.map(str::to_string).into_iter().collect(),
            "platform-details" => one(&self.platform_details),
            "product-code" => self.product_codes.iter().map(|p| p.product_code_id.clone()).collect(),
            "product-code.type" => self.product_codes.iter().map(|p| p.product_code_type.clone()).collect(),
            "root-device-name" => one(&self.root_device_name),
            "root-device-type" => one(&self.root_device_type),
            "source-image-id" => opt(&self.source_image_id),
            "source-image-region" => opt(&self.source_image_region),
            "source-instance-id" => opt(&self.source_instance_id),
            "state" => one(self.state.as_str()),
            "state-reason-code" => self.state_reason.iter().map(|r| r.code.clone()).collect(),
            "state-reason-message" => self.state_reason.iter().map(|r| r.message.clone()).collect(),
            "usage-operation" => one(&self.usage_operation),
            "virtualization-type" => one(&self.virtualization_type),
            _ => vec![],
        }
    }

    fn tags(&self) -> &[Tag] {
        &self.tags
    }
}

impl Filterable for Snapshot {
    const NAMES: &'static [&'static str] = &[
        "description",
        "encrypted",
        "owner-alias",
        "owner-id",
        "progress",
        "snapshot-id",
        "start-time",
        "status",
        "storage-tier",
        "tag-key",
        "transfer-type",
        "volume-id",
        "volume-size",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        match name {
            "description" => one(&self.description),
            "encrypted" => flag(self.encrypted),
            "owner-id" => one(&self.owner_id),
            "progress" => one(&self.progress),
            "snapshot-id" => one(&self.snapshot_id),
            "start-time" => one(clock::format(self.start_time)),
            "status" => one(&self.state),
            "storage-tier" => one(&self.storage_tier),
            "volume-size" => one(self.volume_size.to_string()),
            _ => vec![],
        }
    }

    fn tags(&self) -> &[Tag] {
        &self.tags
    }
}

impl Filterable for Instance {
    const NAMES: &'static [&'static str] = &[
        "architecture",
        "availability-zone",
        "block-device-mapping.attach-time",
        "block-device-mapping.delete-on-termination",
        "block-device-mapping.device-name",
        "block-device-mapping.status",
        "block-device-mapping.volume-id",
        "client-token",
        "image-id",
        "instance-id",
        "instance-state-code",
        "instance-state-name",
        "instance-type",
        "instance.group-id",
        "instance.group-name",
        "key-name",
        "launch-time",
        "owner-id",
        "platform-details",
        "private-dns-name",
        "private-ip-address",
        "product-code",
        "reservation-id",
        "root-device-name",
        "root-device-type",
        "subnet-id",
        "tag-key",
        "tenancy",
        "usage-operation",
        "vpc-id",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        if let Some(field) = name.strip_prefix("block-device-mapping.") {
            return mapping(&self.block_device_mappings, field);
        }
        match name {
            "architecture" => one(&self.architecture),
            "availability-zone" => one(&self.placement.availability_zone),
            "client-token" => opt(&self.client_token),
            "image-id" => one(&self.image_id),
            "instance-id" => one(&self.instance_id),
            "instance-state-code" => one(self.state.code().to_string()),
            "instance-state-name" => one(&self.state.name),
            "instance-type" => one(&self.instance_type),
            "instance.group-id" => self.security_groups.iter().map(|g| g.group_id.clone()).collect(),
            "instance.group-name" => self.security_groups.iter().map(|g| g.group_name.clone()).collect(),
            "key-name" => opt(&self.key_name),
            "launch-time" => one(clock::format(self.launch_time)),
            "owner-id" => one(&self.owner_id),
            "platform-details" => one(&self.platform_details),
            "private-dns-name" => one(&self.private_dns_name),
            "private-ip-address" => one(&self.private_ip_address),
            "product-code" => self.product_codes.iter().map(|p| p.product_code_id.clone()).collect(),
            "reservation-id" => one(&self.reservation_id),
            "root-device-name" => one(&self.root_device_name),
            "root-device-type" => one(&self.root_device_type),
            "subnet-id" => one(&self.subnet_id),
            "tenancy" => one(&self.placement.tenancy),
            "usage-operation" => one(&self.usage_operation),
            "vpc-id" => one(&self.vpc_id),
            _ => vec![],
        }
    }

    fn tags(&self) -> &[Tag] {
        &self.tags
    }
}

/// DescribeTags reads one tag at a time; `tag:KEY` matches the tags with
/// that key whose value matches.
impl Filterable for TagRow {
    const NAMES: &'static [&'static str] = &["key", "resource-id", "resource-type", "value"];

    fn values(&self, name: &str) -> Vec<String> {
        match name {
            "key" => one(&self.key),
            "value" => one(&self.value),
            "resource-id" => one(&self.resource_id),
            "resource-type" => one(&self.resource_type),
            _ => vec![],
        }
    }

    fn tag_values(&self, key: &str) -> Vec<String> {
        if self.key == key {
            one(&self.value)
        } else {
            vec![]
        }
    }
}

impl Filterable for Volume {
    const NAMES: &'static [&'static str] = &[
        "attachment.attach-time",
        "attachment.delete-on-termination",
        "attachment.device",
        "attachment.instance-id",
        "attachment.status",
        "availability-zone",
        "create-time",
        "encrypted",
        "multi-attach-enabled",
        "size",
        "snapshot-id",
        "status",
        "tag-key",
        "volume-id",
        "volume-type",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        let attached =
            |f: fn(&crate::api::volumes::VolumeAttachment) -> String| self.attachments.iter().map(f).collect();
        match name {
            "attachment.attach-time" => attached(|a| a.attach_time.clone()),
            "attachment.delete-on-termination" => attached(|a| a.delete_on_termination.to_string()),
            "attachment.device" => attached(|a| a.device.clone()),
            "attachment.instance-id" => attached(|a| a.instance_id.clone()),
            "attachment.status" => attached(|a| a.state.to_string()),
            "availability-zone" => one(&self.availability_zone),
            "create-time" => one(&self.create_time),
            "encrypted" => flag(self.encrypted),
            "multi-attach-enabled" => flag(self.multi_attach_enabled),
            "size" => one(self.size.to_string()),
            "snapshot-id" => one(&self.snapshot_id),
            "status" => one(self.state),
            "volume-id" => one(&self.volume_id),
            "volume-type" => one(&self.volume_type),
            _ => vec![],
        }
    }

    fn tags(&self) -> &[Tag] {
        &self.tags
    }
}

impl Filterable for Vpc {
    /// `isDefault` is what Ansible's amazon.aws sends; AWS takes it as `is-default`.
    const NAMES: &'static [&'static str] = &[
        "cidr",
        "cidr-block-association.cidr-block",
        "cidr-block-association.association-id",
        "cidr-block-association.state",
        "dhcp-options-id",
        "ipv6-cidr-block-association.ipv6-cidr-block",
        "ipv6-cidr-block-association.ipv6-pool",
        "ipv6-cidr-block-association.association-id",
        "ipv6-cidr-block-association.state",
        "is-default",
        "isDefault",
        "owner-id",
        "state",
        "tag",
        "tag-key",
        "vpc-id",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        let assoc = |f: fn(&crate::api::network::CidrAssociation) -> String| {
            self.cidr_block_association_set.iter().map(f).collect()
        };
        match name {
            "cidr" => one(self.cidr_block),
            "cidr-block-association.cidr-block" => assoc(|a| a.cidr_block.to_string()),
            "cidr-block-association.association-id" => assoc(|a| a.association_id.clone()),
            "cidr-block-association.state" => assoc(|a| a.cidr_block_state.state.to_string()),
            "dhcp-options-id" => one(&self.dhcp_options_id),
            "is-default" | "isDefault" => flag(self.is_default),
            "owner-id" => one(&self.owner_id),
            "state" => one(self.state),
            "vpc-id" => one(&self.vpc_id),
            _ => vec![],
        }
    }
}

impl Filterable for Subnet {
    const NAMES: &'static [&'static str] = &[
        "availability-zone",
        "availability-zone-id",
        "available-ip-address-count",
        "cidr-block",
        "cidr",
        "customer-owned-ipv4-pool",
        "default-for-az",
        "defaultForAz",
        "enable-dns64",
        "enable-lni-at-device-index",
        "ipv6-cidr-block-association.ipv6-cidr-block",
        "ipv6-cidr-block-association.association-id",
        "ipv6-cidr-block-association.state",
        "ipv6-native",
        "map-customer-owned-ip-on-launch",
        "map-public-ip-on-launch",
        "outpost-arn",
        "owner-id",
        "private-dns-name-options-on-launch.hostname-type",
        "private-dns-name-options-on-launch.enable-resource-name-dns-a-record",
        "private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record",
        "state",
        "subnet-arn",
        "subnet-id",
        "tag",
        "tag-key",
        "vpc-id",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        match name {
            "availability-zone" => one(&self.availability_zone),
            "availability-zone-id" => one(&self.availability_zone_id),
            "available-ip-address-count" => one(self.available_ip_address_count.to_string()),
            "cidr-block" | "cidr" => one(&self.cidr_block),
            "default-for-az" | "defaultForAz" => flag(self.default_for_az),
            "enable-dns64" | "ipv6-native" | "map-customer-owned-ip-on-launch" => flag(false),
            "map-public-ip-on-launch" => flag(self.map_public_ip_on_launch),
            "owner-id" => one(&self.owner_id),
            "state" => one(self.state),
            "subnet-arn" => one(format!(
                "arn:aws:ec2:{}:{}:subnet/{}",
                self.availability_zone.trim_end_matches(char::is_alphabetic),
                self.owner_id,
                self.subnet_id
            )),
            "subnet-id" => one(&self.subnet_id),
            "vpc-id" => one(&self.vpc_id),
            _ => vec![],
        }
    }
}

impl Filterable for KeyPair {
    const NAMES: &'static [&'static str] = &["fingerprint", "key-name", "key-pair-id", "tag-key"];

    fn values(&self, name: &str) -> Vec<String> {
        match name {
            "fingerprint" => one(&self.key_fingerprint),
            "key-name" => one(&self.key_name),
            "key-pair-id" => one(&self.key_pair_id),
            _ => vec![],
        }
    }

    fn tags(&self) -> &[Tag] {
        &self.tags
    }
}

/// The `ip-permission.*` family over one direction's permissions.
fn permission(list: &[IpPermission], field: &str) -> Vec<String> {
    let port = |p: Option<i64>| p.map(|p| p.to_string());
    list.iter()
        .flat_map(|p| -> Vec<String> {
            match field {
                "cidr" => p.ip_ranges.iter().map(|r| r.cidr_ip.clone()).collect(),
                "ipv6-cidr" => p.ipv6_ranges.iter().map(|r| r.cidr_ipv6.clone()).collect(),
                "group-id" => p.user_id_group_pairs.iter().map(|g| g.group_id.clone()).collect(),
                "user-id" => p.user_id_group_pairs.iter().map(|g| g.user_id.clone()).collect(),
                "protocol" => vec![p.ip_protocol.clone()],
                "from-port" => port(p.from_port).into_iter().collect(),
                "to-port" => port(p.to_port).into_iter().collect(),
                _ => vec![],
            }
        })
        .collect()
}

impl Filterable for SecurityGroup {
    const NAMES: &'static [&'static str] = &[
        "description",
        "egress.ip-permission.cidr",
        "egress.ip-permission.from-port",
        "egress.ip-permission.group-id",
        "egress.ip-permission.group-name",
        "egress.ip-permission.ipv6-cidr",
        "egress.ip-permission.prefix-list-id",
        "egress.ip-permission.protocol",
        "egress.ip-permission.to-port",
        "egress.ip-permission.user-id",
        "group-id",
        "group-name",
        "ip-permission.cidr",
        "ip-permission.from-port",
        "ip-permission.group-id",
        "ip-permission.group-name",
        "ip-permission.ipv6-cidr",
        "ip-permission.prefix-list-id",
        "ip-permission.protocol",
        "ip-permission.to-port",
        "ip-permission.user-id",
        "owner-id",
        "tag-key",
        "vpc-id",
    ];

    fn values(&self, name: &str) -> Vec<String> {
        if let Some(field) = name.strip_prefix("egress.ip-permission.") {
            return permission(&self.ip_permissions_egress, field);
        }
        if let Some(field) = name.strip_prefix("ip-permission.") {
            return permission(&self.ip_permissions, field);
        }
        match name {
            "description" => one(&self.description),
            "group-id" => one(&self.group_id),
            "group-name" => one(&self.group_name),
            "owner-id" => one(&self.owner_id),
            "vpc-id" => one(&self.vpc_id),
            _ => vec![],
        }
    }

    fn tags(&self) -> &[Tag] {
        &self.tags
    }
}
