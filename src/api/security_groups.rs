//! Security groups: Create/Describe/DeleteSecurityGroup and
//! Authorize/RevokeSecurityGroupIngress/Egress, per account and region.
//!
//! Every default VPC has a `default` group: its ID derives from the seed like
//! the VPC's, it allows all traffic in from itself and all traffic out, and it
//! is stored only once a call changes its rules. A new group allows all
//! traffic out. Rules are kept one peer each, and answered grouped by
//! protocol and ports, as AWS's IpPermissions are.

use super::filters::{self, Filter};
use super::network::{resource_id, vpc_id};
use super::page::Page;
use super::tags::{self, TagSpecification};
use super::{Ctx, Response, Shape};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids::Kind;
use crate::model::{
    GroupIdentifier, GroupRule, IpPermission, IpRange, Ipv6Range, Peer, SecurityGroup, Tag, UserIdGroupPair,
};
use crate::store::{self, GroupRow};
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSecurityGroup {
    pub group_name: String,
    pub description: String,
    pub vpc_id: Option<String>,
    pub tag_specifications: Vec<TagSpecification>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroups {
    pub group_ids: Vec<String>,
    pub group_names: Vec<String>,
    pub filters: Vec<Filter>,
    pub page: Page,
}

/// A group named by ID or by name (in the default VPC).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GroupRef {
    pub group_id: Option<String>,
    pub group_name: Option<String>,
}

/// Authorize or revoke rules, ingress or egress.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeRules {
    pub group: GroupRef,
    pub egress: bool,
    pub revoke: bool,
    pub ip_permissions: Vec<PermissionSpec>,
}

/// One IpPermission as a client sends it.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PermissionSpec {
    pub ip_protocol: String,
    pub from_port: Option<i64>,
    pub to_port: Option<i64>,
    /// (CIDR, description)
    pub ipv4: Vec<(String, Option<String>)>,
    pub ipv6: Vec<(String, Option<String>)>,
    /// (group ID or, in the default VPC, name; description)
    pub groups: Vec<(GroupRef, Option<String>)>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatedGroup {
    pub group_id: String,
    pub security_group_arn: String,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroups {
    pub security_groups: Vec<SecurityGroup>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// A rule as Authorize answers it (SecurityGroupRule).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RuleOut {
    pub security_group_rule_id: String,
    pub group_id: String,
    pub group_owner_id: String,
    pub is_egress: bool,
    pub ip_protocol: String,
    pub from_port: i64,
    pub to_port: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr_ipv4: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr_ipv6: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referenced_group_info: Option<ReferencedGroup>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReferencedGroup {
    pub group_id: String,
    pub user_id: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RulesChanged {
    #[serde(rename = "Return")]
    pub value: bool,
    pub security_group_rules: Vec<RuleOut>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletedGroup {
    #[serde(rename = "Return")]
    pub value: bool,
    pub group_id: String,
}

pub fn default_group_id(seed: u64, account: &str, region: &str) -> String {
    resource_id("sg", seed, &[account, region, "default"])
}

/// The default group as it is before any call changes it.
fn default_group(ctx: &Ctx) -> (GroupRow, Vec<GroupRule>) {
    let group_id = default_group_id(ctx.seed(), ctx.account, ctx.region);
    let rules = vec![
        GroupRule {
            rule_id: resource_id("sgr", ctx.seed(), &[&group_id, "ingress"]),
            egress: false,
            ip_protocol: "-1".into(),
            from_port: None,
            to_port: None,
            peer: Peer::Group(group_id.clone()),
            description: None,
        },
        egress_all(resource_id("sgr", ctx.seed(), &[&group_id, "egress"])),
    ];
    let row = GroupRow {
        group_id,
        account_id: ctx.account.into(),
        region: ctx.region.into(),
        vpc_id: vpc_id(ctx.seed(), ctx.account, ctx.region),
        group_name: "default".into(),
        description: "default VPC security group".into(),
    };
    (row, rules)
}

fn egress_all(rule_id: String) -> GroupRule {
    GroupRule {
        rule_id,
        egress: true,
        ip_protocol: "-1".into(),
        from_port: None,
        to_port: None,
        peer: Peer::Ipv4("0.0.0.0/0".into()),
        description: None,
    }
}

/// Every group of the caller in the region, rules and tags loaded, the
/// default group first.
pub fn groups(ctx: &Ctx) -> Result<Vec<SecurityGroup>, OpError> {
    let mut rows = store::groups_of(ctx.db, ctx.account, ctx.region)?;
    let (default_row, default_rules) = default_group(ctx);
    let stored_default = rows.iter().any(|g| g.group_id == default_row.group_id);
    if !stored_default {
        rows.insert(0, default_row.clone());
    } else if let Some(i) = rows.iter().position(|g| g.group_id == default_row.group_id) {
        let d = rows.remove(i);
        rows.insert(0, d);
    }
    let ids: Vec<String> = rows.iter().map(|g| g.group_id.clone()).collect();
    let mut rules = store::rules_of(ctx.db, &ids)?;
    if !stored_default {
        rules.extend(default_rules.into_iter().map(|r| (default_row.group_id.clone(), r)));
    }
    let mut tags = store::tags_for(ctx.db, ids.iter().cloned())?;
    Ok(rows
        .into_iter()
        .map(|g| {
            let mine: Vec<&GroupRule> = rules.iter().filter(|(id, _)| *id == g.group_id).map(|(_, r)| r).collect();
            SecurityGroup {
                is_default: g.group_id == default_row.group_id,
                ip_permissions: permissions(ctx.account, mine.iter().copied().filter(|r| !r.egress)),
                ip_permissions_egress: permissions(ctx.account, mine.iter().copied().filter(|r| r.egress)),
                tags: tags.remove(&g.group_id).unwrap_or_default(),
                group_id: g.group_id,
                group_name: g.group_name,
                description: g.description,
                owner_id: g.account_id,
                vpc_id: g.vpc_id,
                region: g.region,
            }
        })
        .collect())
}

/// Rules grouped by protocol and ports, in the order they were added.
fn permissions<'a>(owner: &str, rules: impl Iterator<Item = &'a GroupRule>) -> Vec<IpPermission> {
    let mut out: Vec<IpPermission> = Vec::new();
    for r in rules {
        let i = match out
            .iter()
            .position(|p| p.ip_protocol == r.ip_protocol && p.from_port == r.from_port && p.to_port == r.to_port)
        {
            Some(i) => i,
            None => {
                out.push(IpPermission {
                    ip_protocol: r.ip_protocol.clone(),
                    from_port: r.from_port,
                    to_port: r.to_port,
                    ..Default::default()
                });
                out.len() - 1
            }
        };
        let p = &mut out[i];
        match &r.peer {
            Peer::Ipv4(c) => p.ip_ranges.push(IpRange { cidr_ip: c.clone(), description: r.description.clone() }),
            Peer::Ipv6(c) => p.ipv6_ranges.push(Ipv6Range { cidr_ipv6: c.clone(), description: r.description.clone() }),
            Peer::Group(g) => p.user_id_group_pairs.push(UserIdGroupPair {
                group_id: g.clone(),
                user_id: owner.into(),
                description: r.description.clone(),
            }),
        }
    }
    out
}

fn not_found_id(id: &str) -> OpError {
    ApiError::new(Code::InvalidGroupNotFound, format!("The security group '{id}' does not exist")).into()
}

fn not_found_name(ctx: &Ctx, name: &str) -> OpError {
    let vpc = vpc_id(ctx.seed(), ctx.account, ctx.region);
    ApiError::new(
        Code::InvalidGroupNotFound,
        format!("The security group '{name}' does not exist in default VPC '{vpc}'"),
    )
    .into()
}

/// The group a reference names, among the caller's groups.
fn find<'a>(ctx: &Ctx, all: &'a [SecurityGroup], r: &GroupRef) -> Result<&'a SecurityGroup, OpError> {
    match (&r.group_id, &r.group_name) {
        (Some(id), _) => {
            if !id.starts_with("sg-") {
                return refuse(Code::InvalidGroupIdMalformed, format!("Invalid id: \"{id}\" (expecting \"sg-...\")"));
            }
            all.iter().find(|g| g.group_id == *id).ok_or_else(|| not_found_id(id))
        }
        (None, Some(name)) => all.iter().find(|g| g.group_name == *name).ok_or_else(|| not_found_name(ctx, name)),
        (None, None) => {
            Err(ApiError::new(Code::MissingParameter, "The request must contain the parameter groupName or groupId")
                .into())
        }
    }
}

/// RunInstances' SecurityGroupId.N and SecurityGroup.N: the groups, each
/// once (the default group when none is named).
pub fn resolve(ctx: &Ctx, ids: &[String], names: &[String]) -> Result<Vec<GroupIdentifier>, OpError> {
    let all = groups(ctx)?;
    let refs = ids
        .iter()
        .map(|id| GroupRef { group_id: Some(id.clone()), group_name: None })
        .chain(names.iter().map(|n| GroupRef { group_id: None, group_name: Some(n.clone()) }));
    let mut out: Vec<GroupIdentifier> = Vec::new();
    for r in refs {
        let g = find(ctx, &all, &r)?;
        if !out.iter().any(|o| o.group_id == g.group_id) {
            out.push(GroupIdentifier { group_id: g.group_id.clone(), group_name: g.group_name.clone() });
        }
    }
    if out.is_empty() {
        // groups() lists the default group first.
        let d = &all[0];
        out.push(GroupIdentifier { group_id: d.group_id.clone(), group_name: d.group_name.clone() });
    }
    Ok(out)
}

pub fn create_security_group(ctx: &Ctx, r: CreateSecurityGroup) -> Result<Response, OpError> {
    let vpc = vpc_id(ctx.seed(), ctx.account, ctx.region);
    if let Some(asked) = r.vpc_id.as_deref().filter(|v| *v != vpc) {
        return refuse(Code::InvalidVpcIdNotFound, format!("The vpc ID '{asked}' does not exist"));
    }
    if r.group_name.is_empty() {
        return refuse(Code::MissingParameter, "The request must contain the parameter groupName");
    }
    if r.description.is_empty() {
        return refuse(Code::MissingParameter, "The request must contain the parameter groupDescription");
    }
    if r.group_name.len() > 255 || r.description.len() > 255 {
        return refuse(Code::InvalidParameterValue, "Group name and description are at most 255 characters");
    }
    if r.group_name.to_ascii_lowercase().starts_with("sg-") {
        return refuse(Code::InvalidParameterValue, "Group names may not be in the format sg-*");
    }
    let [tags] = tags::tags_by_type(&r.tag_specifications, ["security-group"])?;
    if groups(ctx)?.iter().any(|g| g.group_name == r.group_name) {
        return refuse(
            Code::InvalidGroupDuplicate,
            format!("The security group '{}' already exists for VPC '{vpc}'", r.group_name),
        );
    }
    let [group_id, rule_id] =
        <[String; 2]>::try_from(ctx.new_id_groups(&[(Kind::SecurityGroup, 1), (Kind::SecurityGroupRule, 1)])?.concat())
            .map_err(|_| ApiError::new(Code::InternalError, "ID allocation"))?;
    store::insert_group(
        ctx.db,
        &GroupRow {
            group_id: group_id.clone(),
            account_id: ctx.account.into(),
            region: ctx.region.into(),
            vpc_id: vpc,
            group_name: r.group_name,
            description: r.description,
        },
    )?;
    store::insert_rule(ctx.db, &group_id, &egress_all(rule_id))?;
    store::set_tags(ctx.db, &group_id, &tags)?;
    let arn = format!("arn:aws:ec2:{}:{}:security-group/{group_id}", ctx.region, ctx.account);
    Ok(Response::typed(Shape::Record, CreatedGroup { group_id, security_group_arn: arn, tags }))
}

pub fn describe_security_groups(ctx: &Ctx, r: DescribeSecurityGroups) -> Result<Response, OpError> {
    filters::check::<SecurityGroup>(&r.filters)?;
    let all = groups(ctx)?;
    for id in &r.group_ids {
        find(ctx, &all, &GroupRef { group_id: Some(id.clone()), group_name: None })?;
    }
    for name in &r.group_names {
        find(ctx, &all, &GroupRef { group_id: None, group_name: Some(name.clone()) })?;
    }
    let list: Vec<SecurityGroup> = all
        .into_iter()
        .filter(|g| r.group_ids.is_empty() || r.group_ids.contains(&g.group_id))
        .filter(|g| r.group_names.is_empty() || r.group_names.contains(&g.group_name))
        .filter(|g| filters::matches(g, &r.filters))
        .collect();
    let (security_groups, next_token) = r.page.apply(list, 5)?;
    Ok(Response::typed(Shape::SecurityGroups, SecurityGroups { security_groups, next_token }))
}

pub fn delete_security_group(ctx: &Ctx, r: GroupRef) -> Result<Response, OpError> {
    let all = groups(ctx)?;
    let g = find(ctx, &all, &r)?;
    if g.is_default {
        return refuse(
            Code::CannotDelete,
            format!("the specified group: \"{}\" name: \"default\" cannot be deleted by a user", g.group_id),
        );
    }
    let users = store::instances_using_group(ctx.db, &g.group_id)?;
    let referrers = store::rules_referencing(ctx.db, &g.group_id)?;
    if !users.is_empty() || !referrers.is_empty() {
        let by: Vec<String> = users.into_iter().chain(referrers).collect();
        return Err(ApiError::new(
            Code::DependencyViolation,
            format!("resource {} has a dependent object", g.group_id),
        )
        .with_hint(format!("used by {}", by.join(", ")))
        .into());
    }
    store::delete_group(ctx.db, &g.group_id)?;
    Ok(Response::typed(Shape::Record, DeletedGroup { value: true, group_id: g.group_id.clone() }))
}

/// A protocol as AWS stores it: tcp, udp, icmp, icmpv6 or -1 (all).
fn protocol(p: &str) -> Result<String, OpError> {
    Ok(match p.to_ascii_lowercase().as_str() {
        "tcp" | "6" => "tcp".into(),
        "udp" | "17" => "udp".into(),
        "icmp" | "1" => "icmp".into(),
        "icmpv6" | "58" => "icmpv6".into(),
        "-1" | "all" => "-1".into(),
        other => {
            return refuse(
                Code::InvalidParameterValue,
                format!("Invalid value '{other}' for IP protocol. Unknown protocol."),
            )
        }
    })
}

/// The stored form of one peer of one permission: its protocol and ports checked.
fn rules_of_spec(
    ctx: &Ctx,
    all: &[SecurityGroup],
    egress: bool,
    p: &PermissionSpec,
) -> Result<Vec<GroupRule>, OpError> {
    let proto = protocol(&p.ip_protocol)?;
    let (from, to) = match proto.as_str() {
        "-1" => (None, None),
        "tcp" | "udp" => {
            let (Some(from), Some(to)) = (p.from_port, p.to_port) else {
                return refuse(
                    Code::InvalidParameterValue,
                    "Invalid value for portRange. Must specify both from and to ports with TCP/UDP.",
                );
            };
            if !(0..=65535).contains(&from) || !(0..=65535).contains(&to) || from > to {
                return refuse(
                    Code::InvalidParameterValue,
                    format!(
                        "Invalid value for portRange: from port {from} to port {to} (0 to 65535, from not above to)"
                    ),
                );
            }
            (Some(from), Some(to))
        }
        _ => (Some(p.from_port.unwrap_or(-1)), Some(p.to_port.unwrap_or(-1))),
    };
    let mut out = Vec::new();
    let mut push = |peer: Peer, description: &Option<String>| {
        out.push(GroupRule {
            rule_id: String::new(),
            egress,
            ip_protocol: proto.clone(),
            from_port: from,
            to_port: to,
            peer,
            description: description.clone(),
        })
    };
    for (cidr, d) in &p.ipv4 {
        if !valid_cidr(cidr, false) {
            return refuse(Code::InvalidParameterValue, format!("CIDR block {cidr} is malformed"));
        }
        push(Peer::Ipv4(cidr.clone()), d);
    }
    for (cidr, d) in &p.ipv6 {
        if !valid_cidr(cidr, true) {
            return refuse(Code::InvalidParameterValue, format!("CIDR block {cidr} is malformed"));
        }
        push(Peer::Ipv6(cidr.clone()), d);
    }
    for (g, d) in &p.groups {
        push(Peer::Group(find(ctx, all, g)?.group_id.clone()), d);
    }
    if out.is_empty() && !p.ip_protocol.is_empty() {
        return refuse(Code::InvalidParameterValue, "A rule needs a peer: an IPv4 or IPv6 CIDR or a security group");
    }
    Ok(out)
}

fn valid_cidr(cidr: &str, v6: bool) -> bool {
    let Some((addr, len)) = cidr.split_once('/') else { return false };
    let Ok(len) = len.parse::<u8>() else { return false };
    if v6 {
        addr.parse::<std::net::Ipv6Addr>().is_ok() && len <= 128
    } else {
        addr.parse::<std::net::Ipv4Addr>().is_ok() && len <= 32
    }
}

fn same(a: &GroupRule, b: &GroupRule) -> bool {
    a.egress == b.egress
        && a.ip_protocol == b.ip_protocol
        && a.from_port == b.from_port
        && a.to_port == b.to_port
        && a.peer == b.peer
}

fn describe_rule(r: &GroupRule) -> String {
    let peer = match &r.peer {
        Peer::Ipv4(c) | Peer::Ipv6(c) | Peer::Group(c) => c.clone(),
    };
    let proto = if r.ip_protocol == "-1" { "ALL".to_string() } else { r.ip_protocol.to_ascii_uppercase() };
    let ports = match (r.from_port, r.to_port) {
        (Some(f), Some(t)) => format!(", from port: {f}, to port: {t}"),
        _ => String::new(),
    };
    format!("peer: {peer}, {proto}{ports}, ALLOW")
}

/// The stored rules of a group (materializing the default group's first).
fn stored_rules(ctx: &Ctx, g: &SecurityGroup) -> Result<Vec<GroupRule>, OpError> {
    if g.is_default && !store::groups_of(ctx.db, ctx.account, ctx.region)?.iter().any(|s| s.group_id == g.group_id) {
        let (row, rules) = default_group(ctx);
        store::insert_group(ctx.db, &row)?;
        for r in &rules {
            store::insert_rule(ctx.db, &row.group_id, r)?;
        }
    }
    Ok(store::rules_of(ctx.db, std::slice::from_ref(&g.group_id))?.into_iter().map(|(_, r)| r).collect())
}

pub fn change_rules(ctx: &Ctx, r: ChangeRules) -> Result<Response, OpError> {
    let all = groups(ctx)?;
    let g = find(ctx, &all, &r.group)?.clone();
    let mut wanted = Vec::new();
    for p in &r.ip_permissions {
        wanted.extend(rules_of_spec(ctx, &all, r.egress, p)?);
    }
    if wanted.is_empty() {
        return refuse(Code::MissingParameter, "The request must contain the parameter ipPermissions");
    }
    let existing = stored_rules(ctx, &g)?;
    let mut changed = Vec::new();
    if r.revoke {
        for w in &wanted {
            let Some(found) = existing.iter().find(|e| same(e, w)) else {
                return refuse(
                    Code::InvalidPermissionNotFound,
                    "The specified rule does not exist in this security group.",
                );
            };
            store::delete_rule(ctx.db, &found.rule_id)?;
            changed.push(found.clone());
        }
    } else {
        let ids = ctx.new_ids(Kind::SecurityGroupRule, wanted.len())?;
        for (w, id) in wanted.iter().zip(ids) {
            if existing.iter().chain(changed.iter()).any(|e| same(e, w)) {
                return refuse(
                    Code::InvalidPermissionDuplicate,
                    format!("the specified rule \"{}\" already exists", describe_rule(w)),
                );
            }
            let rule = GroupRule { rule_id: id, ..w.clone() };
            store::insert_rule(ctx.db, &g.group_id, &rule)?;
            changed.push(rule);
        }
    }
    let security_group_rules = if r.revoke {
        Vec::new()
    } else {
        changed
            .into_iter()
            .map(|c| {
                let (v4, v6, group) = match c.peer {
                    Peer::Ipv4(x) => (Some(x), None, None),
                    Peer::Ipv6(x) => (None, Some(x), None),
                    Peer::Group(x) => (None, None, Some(ReferencedGroup { group_id: x, user_id: ctx.account.into() })),
                };
                RuleOut {
                    security_group_rule_id: c.rule_id,
                    group_id: g.group_id.clone(),
                    group_owner_id: ctx.account.into(),
                    is_egress: c.egress,
                    ip_protocol: c.ip_protocol,
                    from_port: c.from_port.unwrap_or(-1),
                    to_port: c.to_port.unwrap_or(-1),
                    cidr_ipv4: v4,
                    cidr_ipv6: v6,
                    referenced_group_info: group,
                    description: c.description,
                }
            })
            .collect()
    };
    Ok(Response::typed(Shape::Record, RulesChanged { value: true, security_group_rules }))
}
