//! Where instances live: every account has one default VPC per region and a
//! default subnet per availability zone, derived from the world's seed (R-ID-1)
//! rather than stored, enough for clients that ask (serve.md "World").
//! Regions, zones and account attributes are answered here too.

use super::filters::{self, Filter};
use super::{Ctx, Response, Shape};
use crate::error::{refuse, Code, OpError};
use crate::ids::mix;
use crate::model::{Instance, Placement};
use crate::regions;
use serde::Serialize;
use serde_json::{json, Value};

/// Availability zones per region (a, b, c).
const ZONES: &[char] = &['a', 'b', 'c'];

fn hash(parts: &[&str]) -> u64 {
    parts
        .iter()
        .flat_map(|p| p.bytes().chain([0]))
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

fn resource_id(prefix: &str, seed: u64, parts: &[&str]) -> String {
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
    let zone = format!("{}{}", i.region, ZONES[(h % ZONES.len() as u64) as usize]);
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

fn matching(items: Vec<Value>, r: &DescribeNetwork, id_key: &str, known: &[&str]) -> Result<Vec<Value>, OpError> {
    filters::check(&r.filters, known)?;
    let field = |v: &Value, name: &str| -> Vec<String> {
        let key = match name {
            "vpc-id" => "VpcId",
            "subnet-id" => "SubnetId",
            "availability-zone" => "AvailabilityZone",
            "state" => "State",
            "owner-id" => "OwnerId",
            "cidr-block" | "cidr" => "CidrBlock",
            "is-default" | "default-for-az" => return vec!["true".into()],
            _ => return Vec::new(),
        };
        v[key].as_str().map(|s| vec![s.to_string()]).unwrap_or_default()
    };
    let out: Vec<Value> = items
        .into_iter()
        .filter(|v| r.ids.is_empty() || r.ids.iter().any(|id| v[id_key] == id.as_str()))
        .filter(|v| {
            r.filters.iter().all(|f| f.values.iter().any(|p| field(v, &f.name).iter().any(|x| filters::wildcard(p, x))))
        })
        .collect();
    Ok(out)
}

/// DescribeVpcs: the caller's default VPC in the region.
pub fn describe_vpcs(ctx: &Ctx, r: DescribeNetwork) -> Result<Response, OpError> {
    let id = vpc_id(ctx.seed(), ctx.account, ctx.region);
    let vpc = json!({
        "VpcId": id, "OwnerId": ctx.account, "State": "available", "CidrBlock": "172.31.0.0/16",
        "DhcpOptionsId": resource_id("dopt", ctx.seed(), &[ctx.account, ctx.region]),
        "InstanceTenancy": "default", "IsDefault": true,
        "CidrBlockAssociationSet": [{ "AssociationId": resource_id("vpc-cidr-assoc", ctx.seed(), &[&id]),
            "CidrBlock": "172.31.0.0/16", "CidrBlockState": { "State": "associated" } }],
    });
    for id in &r.ids {
        if id != vpc["VpcId"].as_str().unwrap_or_default() {
            return refuse(Code::InvalidVpcIdNotFound, format!("The vpc ID '{id}' does not exist"));
        }
    }
    let vpcs = matching(vec![vpc], &r, "VpcId", &["vpc-id", "state", "owner-id", "cidr-block", "is-default"])?;
    Ok(Response::new(Shape::Record, json!({ "Vpcs": vpcs })))
}

/// DescribeSubnets: the caller's default subnet in each zone of the region.
pub fn describe_subnets(ctx: &Ctx, r: DescribeNetwork) -> Result<Response, OpError> {
    let vpc = vpc_id(ctx.seed(), ctx.account, ctx.region);
    let subnets: Vec<Value> = zones(ctx.region)
        .enumerate()
        .map(|(n, zone)| {
            json!({
                "SubnetId": subnet_id(ctx.seed(), ctx.account, &zone), "VpcId": vpc, "OwnerId": ctx.account,
                "AvailabilityZone": zone, "AvailabilityZoneId": zone_id(ctx.region, n), "State": "available",
                "CidrBlock": format!("172.31.{}.0/20", 16 * n), "AvailableIpAddressCount": 4091,
                "DefaultForAz": true, "MapPublicIpOnLaunch": true,
            })
        })
        .collect();
    for id in &r.ids {
        if !subnets.iter().any(|s| s["SubnetId"] == id.as_str()) {
            return refuse(Code::InvalidSubnetIdNotFound, format!("The subnet ID '{id}' does not exist"));
        }
    }
    let known = ["subnet-id", "vpc-id", "availability-zone", "state", "owner-id", "cidr-block", "default-for-az"];
    let subnets = matching(subnets, &r, "SubnetId", &known)?;
    Ok(Response::new(Shape::Record, json!({ "Subnets": subnets })))
}

/// DescribeRegions: the commercial regions (R-ID-4).
pub fn describe_regions(_ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    for name in &names {
        regions::check(name, "region")?; // R-ID-4
    }
    let list: Vec<Value> = regions::codes()
        .filter(|c| names.is_empty() || names.iter().any(|n| n == c))
        .map(|c| json!({ "RegionName": c, "Endpoint": format!("ec2.{c}.amazonaws.com"), "OptInStatus": "opt-in-not-required" }))
        .collect();
    Ok(Response::new(Shape::Regions, json!({ "Regions": list })))
}

/// DescribeAvailabilityZones: three zones in the caller's region.
pub fn describe_availability_zones(ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    let all: Vec<String> = zones(ctx.region).collect();
    if let Some(bad) = names.iter().find(|n| !all.contains(n)) {
        return refuse(Code::InvalidParameterValue, format!("Invalid availability zone: [{bad}]"));
    }
    let list: Vec<Value> = all
        .iter()
        .enumerate()
        .filter(|(_, z)| names.is_empty() || names.contains(z))
        .map(|(n, z)| {
            json!({ "ZoneName": z, "ZoneId": zone_id(ctx.region, n), "State": "available", "RegionName": ctx.region,
                    "ZoneType": "availability-zone", "GroupName": ctx.region, "NetworkBorderGroup": ctx.region,
                    "OptInStatus": "opt-in-not-required", "Messages": [] })
        })
        .collect();
    Ok(Response::new(Shape::Record, json!({ "AvailabilityZones": list })))
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
    let list: Vec<Value> = all
        .iter()
        .filter(|(a, _)| names.is_empty() || names.iter().any(|n| n == a))
        .map(|(a, v)| json!({ "AttributeName": a, "AttributeValues": [{ "AttributeValue": v }] }))
        .collect();
    Ok(Response::new(Shape::Record, json!({ "AccountAttributes": list })))
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
