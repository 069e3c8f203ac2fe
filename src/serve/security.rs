//! Key pairs and security groups: Create/Import/Describe/DeleteKeyPair,
//! Create/Describe/DeleteSecurityGroup, Authorize/Revoke ingress and egress.

use super::action::Action;
use super::params::*;
use amisim::api::key_pairs::{CreateKeyPair, DeleteKeyPair, DescribeKeyPairs, ImportKeyPair};
use amisim::api::security_groups::{
    ChangeRules, CreateSecurityGroup, DescribeSecurityGroups, GroupRef, PermissionSpec,
};
use amisim::api::{self, Request};
use amisim::error::{ApiError, Code};
use base64::Engine;
use serde_json::{json, Value};

/// The core request of one of this family's actions.
pub fn request(action: Action, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        Action::CreateKeyPair => Request::CreateKeyPair(CreateKeyPair {
            key_name: required(p, "KeyName")?,
            key_type: text(p, "KeyType"),
            key_format: text(p, "KeyFormat"),
            tag_specifications: tag_specifications(p),
        }),
        Action::ImportKeyPair => {
            // A blob: base64 on the wire, as botocore encodes it.
            let material = required(p, "PublicKeyMaterial")?;
            let bytes = base64::engine::general_purpose::STANDARD.decode(material.trim()).map_err(|_| {
                ApiError::new(Code::InvalidParameterValue, "Value for parameter PublicKeyMaterial is not valid base64")
            })?;
            Request::ImportKeyPair(ImportKeyPair {
                key_name: required(p, "KeyName")?,
                public_key_material: String::from_utf8_lossy(&bytes).into_owned(),
                tag_specifications: tag_specifications(p),
            })
        }
        Action::DescribeKeyPairs => Request::DescribeKeyPairs(DescribeKeyPairs {
            key_names: strings(p, "KeyNames"),
            key_pair_ids: strings(p, "KeyPairIds"),
            filters: filters(p),
            include_public_key: flag(p, "IncludePublicKey"),
        }),
        Action::DeleteKeyPair => {
            Request::DeleteKeyPair(DeleteKeyPair { key_name: text(p, "KeyName"), key_pair_id: text(p, "KeyPairId") })
        }
        Action::CreateSecurityGroup => Request::CreateSecurityGroup(CreateSecurityGroup {
            group_name: required(p, "GroupName")?,
            description: required(p, "Description")?,
            vpc_id: text(p, "VpcId"),
            tag_specifications: tag_specifications(p),
        }),
        Action::DescribeSecurityGroups => Request::DescribeSecurityGroups(DescribeSecurityGroups {
            group_ids: strings(p, "GroupIds"),
            group_names: strings(p, "GroupNames"),
            filters: filters(p),
            page: page(p),
        }),
        Action::DeleteSecurityGroup => Request::DeleteSecurityGroup(group_ref(p)),
        Action::AuthorizeSecurityGroupIngress
        | Action::AuthorizeSecurityGroupEgress
        | Action::RevokeSecurityGroupIngress
        | Action::RevokeSecurityGroupEgress => {
            let egress = matches!(action, Action::AuthorizeSecurityGroupEgress | Action::RevokeSecurityGroupEgress);
            let revoke = matches!(action, Action::RevokeSecurityGroupIngress | Action::RevokeSecurityGroupEgress);
            let mut ip_permissions: Vec<PermissionSpec> =
                p.get("IpPermissions").and_then(Value::as_array).into_iter().flatten().map(permission).collect();
            if let Some(flat) = flat_permission(p) {
                ip_permissions.push(flat);
            }
            Request::change_rules(ChangeRules { group: group_ref(p), egress, revoke, ip_permissions })
        }
        other => return Err(other.not_in_family()),
    })
}

/// Revoke answers `Return` alone; the rest is already in its output shape.
pub fn response(action: Action, _: &Value, out: &api::Response) -> Value {
    match action {
        Action::RevokeSecurityGroupIngress | Action::RevokeSecurityGroupEgress => json!({ "Return": true }),
        _ => out.value().into_owned(),
    }
}

fn group_ref(p: &Value) -> GroupRef {
    GroupRef { group_id: text(p, "GroupId"), group_name: text(p, "GroupName") }
}

/// One IpPermission in the structured form.
fn permission(p: &Value) -> PermissionSpec {
    let list = |name: &str| p.get(name).and_then(Value::as_array).cloned().unwrap_or_default();
    PermissionSpec {
        ip_protocol: text(p, "IpProtocol").unwrap_or_default(),
        from_port: int(p, "FromPort"),
        to_port: int(p, "ToPort"),
        ipv4: list("IpRanges").iter().filter_map(|r| Some((text(r, "CidrIp")?, text(r, "Description")))).collect(),
        ipv6: list("Ipv6Ranges").iter().filter_map(|r| Some((text(r, "CidrIpv6")?, text(r, "Description")))).collect(),
        groups: list("UserIdGroupPairs")
            .iter()
            .map(|g| {
                (GroupRef { group_id: text(g, "GroupId"), group_name: text(g, "GroupName") }, text(g, "Description"))
            })
            .collect(),
    }
}

/// The older flat form: IpProtocol, FromPort, ToPort, CidrIp or a source group.
fn flat_permission(p: &Value) -> Option<PermissionSpec> {
    let cidr = text(p, "CidrIp");
    let source = text(p, "SourceSecurityGroupName");
    if cidr.is_none() && source.is_none() && text(p, "IpProtocol").is_none() {
        return None;
    }
    Some(PermissionSpec {
        ip_protocol: text(p, "IpProtocol").unwrap_or_else(|| "-1".into()),
        from_port: int(p, "FromPort"),
        to_port: int(p, "ToPort"),
        ipv4: cidr.map(|c| (c, None)).into_iter().collect(),
        ipv6: Vec::new(),
        groups: source.map(|name| (GroupRef { group_id: None, group_name: Some(name) }, None)).into_iter().collect(),
    })
}
