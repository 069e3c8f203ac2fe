//! `key-pairs` and `security-groups`: what instances are launched with.

use amisim::api::key_pairs::{CreateKeyPair, DeleteKeyPair, DescribeKeyPairs, ImportKeyPair};
use amisim::api::security_groups::{
    ChangeRules, CreateSecurityGroup, DescribeSecurityGroups, GroupRef, PermissionSpec,
};
use amisim::api::{self, Request};
use clap::{Args, Subcommand, ValueEnum};

#[derive(Subcommand, Debug, Clone)]
pub enum KeyPairsCmd {
    /// Your key pairs in the region (DescribeKeyPairs)
    #[command(after_help = "Example:\n  amisim key-pairs list --public-key")]
    List {
        /// Key names (each must exist)
        #[arg(value_name = "NAME")]
        names: Vec<String>,
        /// Show each public key too
        #[arg(long)]
        public_key: bool,
    },
    /// Make a key pair; its private key is printed once, never kept (CreateKeyPair)
    #[command(
        after_help = "Examples:\n  amisim key-pairs create builder --query KeyMaterial -o text > builder.pem \\\n      && chmod 600 builder.pem\n  amisim key-pairs create edge --type ed25519"
    )]
    Create {
        /// The key's name, unique in the account and region
        name: String,
        /// rsa (2048 bits, PEM) or ed25519 (OpenSSH format)
        #[arg(long = "type", value_enum, default_value = "rsa")]
        key_type: KeyTypeArg,
    },
    /// Import the public half of a key you made (ImportKeyPair)
    #[command(after_help = "Example:\n  amisim key-pairs import laptop --public-key-file ~/.ssh/id_ed25519.pub")]
    Import {
        /// The key's name, unique in the account and region
        name: String,
        /// An OpenSSH public key file (ssh-rsa or ssh-ed25519)
        #[arg(long, value_name = "FILE")]
        public_key_file: std::path::PathBuf,
    },
    /// Delete a key pair; a name that does not exist is no error, as on AWS (DeleteKeyPair)
    #[command(after_help = "Example:\n  amisim key-pairs delete builder")]
    Delete {
        /// The key's name
        name: String,
    },
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum KeyTypeArg {
    Rsa,
    Ed25519,
}

impl KeyPairsCmd {
    pub fn request(self) -> anyhow::Result<Request> {
        Ok(match self {
            KeyPairsCmd::List { names, public_key } => Request::DescribeKeyPairs(DescribeKeyPairs {
                key_names: names,
                include_public_key: public_key,
                ..Default::default()
            }),
            KeyPairsCmd::Create { name, key_type } => Request::CreateKeyPair(CreateKeyPair {
                key_name: name,
                key_type: Some(match key_type {
                    KeyTypeArg::Rsa => "rsa".into(),
                    KeyTypeArg::Ed25519 => "ed25519".into(),
                }),
                key_format: None,
                tag_specifications: Vec::new(),
            }),
            KeyPairsCmd::Import { name, public_key_file } => {
                let material = std::fs::read_to_string(&public_key_file)
                    .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", public_key_file.display()))?;
                Request::ImportKeyPair(ImportKeyPair {
                    key_name: name,
                    public_key_material: material,
                    tag_specifications: Vec::new(),
                })
            }
            KeyPairsCmd::Delete { name } => {
                Request::DeleteKeyPair(DeleteKeyPair { key_name: Some(name), key_pair_id: None })
            }
        })
    }
}

#[derive(Subcommand, Debug, Clone)]
pub enum SecurityGroupsCmd {
    /// Your security groups in the region, the default VPC's default group first (DescribeSecurityGroups)
    #[command(
        after_help = "Examples:\n  amisim security-groups list\n  amisim security-groups list sg-0123456789abcdef0 -o json"
    )]
    List {
        /// Group IDs (each must exist)
        #[arg(value_name = "SG")]
        ids: Vec<String>,
    },
    /// Make a group in the default VPC; it allows all traffic out (CreateSecurityGroup)
    #[command(after_help = "Example:\n  amisim security-groups create web --description 'web servers'")]
    Create {
        /// The group's name, unique in the VPC
        name: String,
        /// What the group is for (required, as on AWS)
        #[arg(long)]
        description: String,
    },
    /// Delete a group no instance uses (DeleteSecurityGroup)
    #[command(after_help = "Example:\n  amisim security-groups delete sg-0123456789abcdef0")]
    Delete {
        /// The group's ID (sg-…)
        #[arg(value_name = "SG")]
        group_id: String,
    },
    /// Allow traffic in, or out with --egress (AuthorizeSecurityGroupIngress/Egress)
    #[command(
        after_help = "Examples:\n  amisim security-groups authorize sg-0123456789abcdef0 --protocol tcp \\\n      --port 22 --cidr 203.0.113.0/24\n  amisim security-groups authorize sg-0123456789abcdef0 --protocol all \\\n      --source-group sg-0fedcba9876543210"
    )]
    Authorize(RuleArgs),
    /// Take a rule away (RevokeSecurityGroupIngress/Egress)
    #[command(
        after_help = "Example:\n  amisim security-groups revoke sg-0123456789abcdef0 --protocol tcp --port \\\n      22 --cidr 203.0.113.0/24"
    )]
    Revoke(RuleArgs),
}

#[derive(Args, Debug, Clone)]
pub struct RuleArgs {
    /// The group's ID (sg-…)
    #[arg(value_name = "SG")]
    pub group_id: String,
    /// tcp, udp, icmp, icmpv6 or all
    #[arg(long, default_value = "tcp")]
    pub protocol: String,
    /// A port or a range, FROM-TO (tcp and udp)
    #[arg(long, value_name = "PORT[-PORT]")]
    pub port: Option<String>,
    /// An IPv4 or IPv6 CIDR the rule allows
    #[arg(long, value_name = "CIDR", required_unless_present = "source_group")]
    pub cidr: Option<String>,
    /// A security group the rule allows
    #[arg(long, value_name = "SG")]
    pub source_group: Option<String>,
    /// Outbound traffic (egress) rather than inbound
    #[arg(long)]
    pub egress: bool,
}

impl RuleArgs {
    fn change(self, revoke: bool) -> anyhow::Result<ChangeRules> {
        let (from_port, to_port) = match self.port.as_deref() {
            None => (None, None),
            Some(p) => {
                let (a, b) = p.split_once('-').unwrap_or((p, p));
                let parse = |s: &str| {
                    s.trim().parse::<i64>().map_err(|_| anyhow::anyhow!("--port {p}: expected PORT or FROM-TO"))
                };
                (Some(parse(a)?), Some(parse(b)?))
            }
        };
        let mut spec = PermissionSpec { ip_protocol: self.protocol, from_port, to_port, ..Default::default() };
        match self.cidr {
            Some(c) if c.contains(':') => spec.ipv6.push((c, None)),
            Some(c) => spec.ipv4.push((c, None)),
            None => {}
        }
        if let Some(g) = self.source_group {
            spec.groups.push((GroupRef { group_id: Some(g), group_name: None }, None));
        }
        Ok(ChangeRules {
            group: GroupRef { group_id: Some(self.group_id), group_name: None },
            egress: self.egress,
            revoke,
            ip_permissions: vec![spec],
        })
    }
}

impl SecurityGroupsCmd {
    pub fn request(self) -> anyhow::Result<Request> {
        Ok(match self {
            SecurityGroupsCmd::List { ids } => {
                Request::DescribeSecurityGroups(DescribeSecurityGroups { group_ids: ids, ..Default::default() })
            }
            SecurityGroupsCmd::Create { name, description } => Request::CreateSecurityGroup(CreateSecurityGroup {
                group_name: name,
                description,
                vpc_id: None,
                tag_specifications: Vec::new(),
            }),
            SecurityGroupsCmd::Delete { group_id } => {
                Request::DeleteSecurityGroup(GroupRef { group_id: Some(group_id), group_name: None })
            }
            SecurityGroupsCmd::Authorize(a) => Request::change_rules(a.change(false)?),
            SecurityGroupsCmd::Revoke(a) => Request::change_rules(a.change(true)?),
        })
    }
}

/// `instances status`: DescribeInstanceStatus.
pub fn instance_status(ids: Vec<String>, all: bool) -> Request {
    Request::DescribeInstanceStatus(api::instance_status::DescribeInstanceStatus {
        instance_ids: ids,
        include_all_instances: all,
        ..Default::default()
    })
}
