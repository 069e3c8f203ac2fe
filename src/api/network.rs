//! Where instances live: every account has one default VPC per region and a
//! default subnet per availability zone, derived from the world's seed (R-ID-1)
//! rather than stored, enough for clients that ask (README, "Use your real tools").
//! Regions, zones and account attributes are answered here too.

use super::filters::{self, Filter};
use super::{Ctx, Response, Shape};
use crate::error::{refuse, Code, OpError};
use crate::ids::mix;
use crate::model::{Instance, Placement};
use crate::regions;
use serde::Serialize;

/// Availability zones per region (a, b, c).
const ZONES: &[char] = &['a', 'b', 'c'];

fn hash(parts: &[&str]) -> u64 {
    parts
        .iter()
        .flat_map(|p| p.bytes().chain([0]))
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

pub fn resource_id(prefix: &str, seed: u64, parts: &[&str]) -> String {
    format!("{prefix}-0{:016x}", mix(seed, hash(parts)))
}

pub fn vpc_id(seed: u64, account: &str, region: &str) -> String {
    resource_id("vpc", seed, &[account, region])
}

pub fn subnet_id(seed: u64, account: &str, zone: &str) -> String {
    resource_id("subnet", seed, &[account, zone])
}

pub fn zones(region: &str) -> impl Iterator<Item = String> + '_ {
    ZONES.iter().map(move |z| format!("{region}{z}"))
}

/// AWS's short zone IDs: `us-east-1` zone 1 is `use1-az1`.
fn zone_id(region: &str, n: usize) -> String {
    let mut short = String::new();
    for (i, part) in region.split('-').enumerate() {
        match i {
            0 => short.push_str(part),
            _ if part.chars().all(|c| c.is_ascii_digit()) => short.push_str(part),
            _ => {
                for word in ["north", "south", "east", "west", "central"] {
                    if part.contains(word) {
                        short.push(word.chars().next().unwrap_or('x'));
                    }
                }
            }
        }
    }
    format!("{short}-az{}", n + 1)
}

/// Fills an instance's zone, VPC, subnet and private address from its ID.
pub fn place(seed: u64, i: &mut Instance) {
    let h = mix(seed, hash(&[&i.instance_id]));
    let zone = match &i.requested_zone {
        Some(z) => z.clone(),
        None => format!("{}{}", i.region, ZONES[(h % ZONES.len() as u64) as usize]),
    };
    let ip = format!("172.31.{}.{}", 16 * (h % 3) + (h >> 8) % 16, (h >> 16) % 253 + 1);
    i.vpc_id = vpc_id(seed, &i.owner_id, &i.region);
    i.subnet_id = subnet_id(seed, &i.owner_id, &zone);
    i.private_dns_name = format!("ip-{}.ec2.internal", ip.replace('.', "-"));
    i.private_ip_address = ip;
    i.placement = Placement { availability_zone: zone, tenancy: "default".into() };
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetwork {
    /// VPC or subnet IDs.
    pub ids: Vec<String>,
    pub filters: Vec<Filter>,
}

/// A default VPC (DescribeVpcs).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Vpc {
    pub vpc_id: String,
    pub owner_id: String,
    pub state: &'static str,
    pub cidr_block: &'static str,
    pub dhcp_options_id: String,
    pub instance_tenancy: &'static str,
    pub is_default: bool,
    pub cidr_block_association_set: Vec<CidrAssociation>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CidrAssociation {
    pub association_id: String,
    pub cidr_block: &'static str,
    pub cidr_block_state: AssociationState,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationState {
    pub state: &'static str,
}

/// A default subnet (DescribeSubnets).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Subnet {
    pub subnet_id: String,
    pub vpc_id: String,
    pub owner_id: String,
    pub availability_zone: String,
    pub availability_zone_id: String,
    pub state: &'static str,
    pub cidr_block: String,
    pub available_ip_address_count: i64,
    pub default_for_az: bool,
    pub map_public_ip_on_launch: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Vpcs {
    pub vpcs: Vec<Vpc>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Subnets {
    pub subnets: Vec<Subnet>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Region {
    pub region_name: &'static str,
    pub endpoint: String,
    pub opt_in_status: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Regions {
    pub regions: Vec<Region>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Zone {
    pub zone_name: String,
    pub zone_id: String,
    pub state: &'static str,
    pub region_name: String,
    pub zone_type: &'static str,
    pub group_name: String,
    pub network_border_group: String,
    pub opt_in_status: &'static str,
    pub messages: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Zones {
    pub availability_zones: Vec<Zone>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountAttribute {
    pub attribute_name: &'static str,
    pub attribute_values: Vec<AttributeValue>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttributeValue {
    pub attribute_value: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountAttributes {
    pub account_attributes: Vec<AccountAttribute>,
}

fn matching<T: filters::Filterable>(items: Vec<T>, r: &DescribeNetwork, id: fn(&T) -> &str) -> Result<Vec<T>, OpError> {
    filters::check::<T>(&r.filters)?;
    let out: Vec<T> = items
        .into_iter()
        .filter(|v| r.ids.is_empty() || r.ids.iter().any(|i| id(v) == i))
        .filter(|v| filters::matches(v, &r.filters))
        .collect();
    Ok(out)
}

/// DescribeVpcs: the caller's default VPC in the region.
pub fn describe_vpcs(ctx: &Ctx, r: DescribeNetwork) -> Result<Response, OpError> {
    let id = vpc_id(ctx.seed(), ctx.account, ctx.region);
    let vpc = Vpc {
        owner_id: ctx.account.into(),
        state: "available",
        cidr_block: "172.31.0.0/16",
        dhcp_options_id: resource_id("dopt", ctx.seed(), &[ctx.account, ctx.region]),
        instance_tenancy: "default",
        is_default: true,
        cidr_block_association_set: vec![CidrAssociation {
            association_id: resource_id("vpc-cidr-assoc", ctx.seed(), &[&id]),
            cidr_block: "172.31.0.0/16",
            cidr_block_state: AssociationState { state: "associated" },
        }],
        vpc_id: id,
    };
    for id in &r.ids {
        if *id != vpc.vpc_id {
            return refuse(Code::InvalidVpcIdNotFound, format!("The vpc ID '{id}' does not exist"));
        }
    }
    let vpcs = matching(vec![vpc], &r, |v| &v.vpc_id)?;
    Ok(Response::typed(Shape::Record, Vpcs { vpcs }))
}

/// DescribeSubnets: the caller's default subnet in each zone of the region.
pub fn describe_subnets(ctx: &Ctx, r: DescribeNetwork) -> Result<Response, OpError> {
    let vpc = vpc_id(ctx.seed(), ctx.account, ctx.region);
    let subnets: Vec<Subnet> = zones(ctx.region)
        .enumerate()
        .map(|(n, zone)| Subnet {
            subnet_id: subnet_id(ctx.seed(), ctx.account, &zone),
            vpc_id: vpc.clone(),
            owner_id: ctx.account.into(),
            availability_zone_id: zone_id(ctx.region, n),
            availability_zone: zone,
            state: "available",
            cidr_block: format!("172.31.{}.0/20", 16 * n),
            available_ip_address_count: 4091,
            default_for_az: true,
            map_public_ip_on_launch: true,
        })
        .collect();
    for id in &r.ids {
        if !subnets.iter().any(|s| s.subnet_id == *id) {
            return refuse(Code::InvalidSubnetIdNotFound, format!("The subnet ID '{id}' does not exist"));
        }
    }
    let subnets = matching(subnets, &r, |s| &s.subnet_id)?;
    Ok(Response::typed(Shape::Record, Subnets { subnets }))
}

/// DescribeRegions: the commercial regions (R-ID-4).
pub fn describe_regions(_ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    for name in &names {
        regions::check(name, "region")?; // R-ID-4
    }
    let regions = regions::codes()
        .filter(|c| names.is_empty() || names.iter().any(|n| n == c))
        .map(|c| Region {
            region_name: c,
            endpoint: format!("ec2.{c}.amazonaws.com"),
            opt_in_status: "opt-in-not-required",
        })
        .collect();
    Ok(Response::typed(Shape::Regions, Regions { regions }))
}

/// DescribeAvailabilityZones: three zones in the caller's region.
pub fn describe_availability_zones(ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    let all: Vec<String> = zones(ctx.region).collect();
    if let Some(bad) = names.iter().find(|n| !all.contains(n)) {
        return refuse(Code::InvalidParameterValue, format!("Invalid availability zone: [{bad}]"));
    }
    let availability_zones = all
        .into_iter()
        .enumerate()
        .filter(|(_, z)| names.is_empty() || names.contains(z))
        .map(|(n, z)| Zone {
            zone_name: z,
            zone_id: zone_id(ctx.region, n),
            state: "available",
            region_name: ctx.region.into(),
            zone_type: "availability-zone",
            group_name: ctx.region.into(),
            network_border_group: ctx.region.into(),
            opt_in_status: "opt-in-not-required",
            messages: Vec::new(),
        })
        .collect();
    Ok(Response::typed(Shape::Record, Zones { availability_zones }))
}

/// DescribeAccountAttributes: VPC-only platform, the default VPC, the usual limits.
pub fn describe_account_attributes(ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    let vpc = vpc_id(ctx.seed(), ctx.account, ctx.region);
    let all = [
        ("supported-platforms", "VPC".to_string()),
        ("default-vpc", vpc),
        ("max-instances", "100".to_string()),
        ("vpc-max-security-groups-per-interface", "5".to_string()),
        ("max-elastic-ips", "5".to_string()),
        ("vpc-max-elastic-ips", "5".to_string()),
    ];
    if let Some(bad) = names.iter().find(|n| !all.iter().any(|(a, _)| a == *n)) {
        return refuse(Code::InvalidParameterValue, format!("Invalid attribute name: {bad}"));
    }
    let account_attributes = all
        .into_iter()
        .filter(|(a, _)| names.is_empty() || names.iter().any(|n| n == a))
        .map(|(a, v)| AccountAttribute {
            attribute_name: a,
            attribute_values: vec![AttributeValue { attribute_value: v }],
        })
        .collect();
    Ok(Response::typed(Shape::Record, AccountAttributes { account_attributes }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn zone_ids_follow_aws_abbreviations() {
        assert_eq!(super::zone_id("us-east-1", 0), "use1-az1");
        assert_eq!(super::zone_id("ap-southeast-2", 2), "apse2-az3");
        assert_eq!(super::zone_id("eu-central-1", 1), "euc1-az2");
    }
}
