//! Arguments of the image commands: create, copy, share, launch, describe, tag.

use super::{duration, filters, PageArgs};
use amisim::api::tags::TagSpecification;
use amisim::api::{self, Request, Wait};
use amisim::error::Error;
use amisim::model::Tag;
use clap::Args;

#[derive(Args, Debug, Clone, Default)]
pub struct WaitArgs {
    /// Advance the virtual clock until the resource settles
    #[arg(long)]
    pub wait: bool,
    /// Give up waiting after this long (virtual time), e.g. 30m
    #[arg(long, value_name = "DURATION", value_parser = duration, requires = "wait")]
    pub timeout: Option<i64>,
}

impl WaitArgs {
    fn to_wait(&self) -> Wait {
        Wait { wait: self.wait, timeout: self.timeout }
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim create --name web-v1 --root-size 8 --wait
  amisim create --name web-v1-enc --encrypted --kms-key-id alias/app
  amisim create --name golden-from-i --instance-id i-0123456789abcdef0
  amisim create --name from-snap --root-snapshot snap-0123456789abcdef0 \\
      --root-device-name /dev/sda1")]
pub struct CreateArgs {
    /// Image name: 3-128 letters, digits, spaces and ()[]./-'@_ ; unique per account and region
    #[arg(long)]
    pub name: String,
    /// Create from this instance of yours (CreateImage); otherwise register a new root volume
    #[arg(long, value_name = "INSTANCE_ID", add = super::complete::instances())]
    pub instance_id: Option<String>,
    /// Root volume size in GiB (RegisterImage; default 8)
    #[arg(long, value_name = "GIB")]
    pub root_size: Option<i64>,
    /// Another EBS volume, DEVICE=GIB (repeatable), e.g. /dev/sdb=20
    #[arg(long = "volume", value_name = "DEV=GIB")]
    pub volumes: Vec<String>,
    /// Register from an existing snapshot of yours, or shared with you: the image is backed by it
    #[arg(long, value_name = "SNAP", conflicts_with_all = ["instance_id", "instance_store"])]
    pub root_snapshot: Option<String>,
    /// The root device (RegisterImage; default /dev/xvda)
    #[arg(long, value_name = "DEVICE")]
    pub root_device_name: Option<String>,
    /// Instance-store backed: a root template in object storage, no snapshots
    #[arg(long)]
    pub instance_store: bool,
    /// Encrypt the snapshots (default key: your aws/ebs key in the region)
    #[arg(long)]
    pub encrypted: bool,
    /// KMS key ID, ARN or alias/NAME in this region (needs --encrypted)
    #[arg(long, value_name = "KEY", add = super::complete::keys())]
    pub kms_key_id: Option<String>,
    /// x86_64 or arm64 (RegisterImage; default x86_64)
    #[arg(long)]
    pub architecture: Option<String>,
    /// Description of the image, at most 255 characters
    #[arg(long)]
    pub description: Option<String>,
    /// KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Accepted for AWS CLI familiarity; the simulated instance is not rebooted either way
    #[arg(long)]
    pub no_reboot: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

impl CreateArgs {
    pub fn request(self) -> Request {
        Request::create_image(api::create::CreateImage {
            name: self.name,
            instance_id: self.instance_id,
            root_size: self.root_size,
            volumes: self.volumes,
            instance_store: self.instance_store,
            encrypted: self.encrypted,
            kms_key_id: self.kms_key_id,
            architecture: self.architecture,
            description: self.description,
            tag_specifications: TagSpecification::new("image", Tag::parse_list(self.tags)),
            no_reboot: self.no_reboot,
            root_snapshot: self.root_snapshot,
            root_device_name: self.root_device_name,
            wait: self.wait.to_wait(),
            ..Default::default()
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim copy --source-image-id ami-0123456789abcdef0 --source-region \\
      us-east-1 --region eu-west-1 --name web-v1
  amisim copy --source-image-id ami-0123456789abcdef0 --source-region \\
      us-east-1 --name web-v1-enc --encrypted
  amisim copy --source-image-id ami-0123456789abcdef0 --source-region \\
      us-east-1 --name mine --account 222233334444")]
pub struct CopyArgs {
    /// The image to copy
    #[arg(long, value_name = "AMI", add = super::complete::images())]
    pub source_image_id: String,
    /// Where the source image lives (the copy lands in --region)
    #[arg(long, value_name = "REGION", add = super::complete::regions(),
          value_parser = super::complete::Suggest(super::complete::region_values), hide_possible_values = true)]
    pub source_region: String,
    /// Name of the new image, free in the destination region
    #[arg(long)]
    pub name: String,
    /// Defaults to the source's description
    #[arg(long)]
    pub description: Option<String>,
    /// Encrypt the copy (default key: your aws/ebs in the destination)
    #[arg(long)]
    pub encrypted: bool,
    /// Ask for an unencrypted copy (refused for encrypted sources)
    #[arg(long, visible_alias = "no-encrypted")]
    pub unencrypted: bool,
    /// KMS key in the destination region (needs --encrypted)
    #[arg(long, value_name = "KEY", add = super::complete::keys())]
    pub kms_key_id: Option<String>,
    /// Copy the source's tags too
    #[arg(long)]
    pub copy_tags: bool,
    /// Tag the new image, KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Idempotency token: the same token and parameters give the same answer, once
    #[arg(long, value_name = "TOKEN")]
    pub client_token: Option<String>,
    /// Rehearse a failure: the copy settles as `failed`
    #[arg(long)]
    pub inject_failure: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

impl CopyArgs {
    pub fn request(self) -> Request {
        Request::CopyImage(api::copy::CopyImage {
            source_image_id: self.source_image_id,
            source_region: self.source_region,
            name: self.name,
            description: self.description,
            encrypted: self.encrypted,
            unencrypted: self.unencrypted,
            kms_key_id: self.kms_key_id,
            copy_tags: self.copy_tags,
            tag_specifications: TagSpecification::new("image", Tag::parse_list(self.tags)),
            client_token: self.client_token,
            wait: self.wait.to_wait(),
            fail: self.inject_failure,
            slowdown: None,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  # show launch permissions
  amisim share ami-0123456789abcdef0
  amisim share ami-0123456789abcdef0 --add 222233334444 --with-snapshots
  amisim share ami-0123456789abcdef0 --public")]
pub struct ShareArgs {
    /// The image (yours)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
    /// Grant launch permission to accounts (several values or repeated)
    #[arg(long, value_name = "ACCOUNT", num_args = 1.., add = super::complete::accounts())]
    pub add: Vec<String>,
    /// Remove launch permission from accounts
    #[arg(long, value_name = "ACCOUNT", num_args = 1.., add = super::complete::accounts())]
    pub remove: Vec<String>,
    /// Share with everyone (group all)
    #[arg(long)]
    pub public: bool,
    /// Remove the group all (accounts stay)
    #[arg(long)]
    pub private: bool,
    /// Also grant (or revoke) createVolumePermission on the backing snapshots
    #[arg(long)]
    pub with_snapshots: bool,
    /// Remove every launch permission (ResetImageAttribute); snapshots keep theirs
    #[arg(long, conflicts_with_all = ["add", "remove", "public", "private", "with_snapshots"])]
    pub reset: bool,
}

impl ShareArgs {
    pub fn request(self) -> Request {
        if self.reset {
            return Request::ResetLaunchPermissions(api::attributes::ImageAttribute {
                image_id: self.image_id,
                attribute: "launchPermission".into(),
            });
        }
        Request::share_image(api::share::ShareImage {
            image_id: self.image_id,
            add: self.add,
            remove: self.remove,
            public: self.public,
            private: self.private,
            with_snapshots: self.with_snapshots,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim launch ami-0123456789abcdef0 --count 3 --wait
  amisim launch ami-0123456789abcdef0 --instance-type t4g.small
  amisim launch ami-0123456789abcdef0 --root-size 20 --tag Name=web
  amisim launch --image-id ami-0123456789abcdef0 --instance-count 2")]
#[command(group(clap::ArgGroup::new("image").required(true).args(["image_id", "image_id_flag"])))]
pub struct LaunchArgs {
    /// The image to launch
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: Option<String>,
    /// The image to launch, as the AWS CLI spells it
    #[arg(long = "image-id", value_name = "AMI", add = super::complete::images())]
    pub image_id_flag: Option<String>,
    /// How many instances (1-100)
    #[arg(long, visible_alias = "instance-count", default_value_t = 1)]
    pub count: i64,
    /// Default: t3.micro for x86_64, t4g.micro for arm64
    #[arg(long)]
    pub instance_type: Option<String>,
    /// Root volume size in GiB (at least the snapshot's)
    #[arg(long, value_name = "GIB")]
    pub root_size: Option<i64>,
    /// Tag the instances, KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Protect the instances from termination (disableApiTermination)
    #[arg(long)]
    pub disable_api_termination: bool,
    /// Idempotency token: the same token and parameters give the same answer, once
    #[arg(long, value_name = "TOKEN")]
    pub client_token: Option<String>,
    /// A key pair of yours in the region (amisim key-pairs)
    #[arg(long, value_name = "NAME")]
    pub key_name: Option<String>,
    /// Security groups by ID, repeatable (default: the default VPC's default group)
    #[arg(long = "security-group-id", value_name = "SG")]
    pub security_group_ids: Vec<String>,
    /// A default subnet of the region (its zone places the instances)
    #[arg(long, value_name = "SUBNET")]
    pub subnet_id: Option<String>,
    #[command(flatten)]
    pub wait: WaitArgs,
}

impl LaunchArgs {
    pub fn request(self) -> Request {
        Request::RunInstances(api::launch::RunInstances {
            image_id: self.image_id.or(self.image_id_flag).unwrap_or_default(),
            count: self.count,
            min_count: None,
            instance_type: self.instance_type,
            root_size: self.root_size,
            tag_specifications: TagSpecification::new("instance", Tag::parse_list(self.tags)),
            disable_api_termination: self.disable_api_termination,
            client_token: self.client_token,
            key_name: self.key_name,
            security_group_ids: self.security_group_ids,
            security_groups: Vec::new(),
            subnet_id: self.subnet_id,
            availability_zone: None,
            wait: self.wait.to_wait(),
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim describe --owners self
  amisim describe --owners amazon --filter Name=name,Values=al2023-*
  amisim describe ami-0123456789abcdef0 --all-regions -o json
  amisim describe --filters Name=state,Values=available \\
      Name=is-public,Values=false
  amisim describe --owners self --max-results 50")]
pub struct DescribeArgs {
    /// Image IDs (each must be visible to you)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_ids: Vec<String>,
    /// Image IDs, as the AWS CLI spells it (several values or repeated)
    #[arg(long = "image-ids", value_name = "AMI", num_args = 1.., add = super::complete::images())]
    pub image_ids_flag: Vec<String>,
    /// self, amazon, aws-marketplace or account IDs
    #[arg(long, value_name = "OWNER", num_args = 1.., add = super::complete::owners())]
    pub owners: Vec<String>,
    /// self, all, or account IDs with explicit launch permission
    #[arg(long, value_name = "USER", num_args = 1..)]
    pub executable_users: Vec<String>,
    /// Name=KEY,Values=V1,V2 with * and ? wildcards (several values or repeated)
    #[arg(long = "filter", visible_alias = "filters", value_name = "Name=K,Values=V", num_args = 1..,
          value_parser = super::complete::Suggest(super::complete::image_filters), hide_possible_values = true)]
    pub filters: Vec<String>,
    /// Show other accounts' deprecated images too
    #[arg(long)]
    pub include_deprecated: bool,
    /// Show your disabled images too
    #[arg(long)]
    pub include_disabled: bool,
    /// Look in every region
    #[arg(long)]
    pub all_regions: bool,
    #[command(flatten)]
    pub page: PageArgs,
}

impl DescribeArgs {
    pub fn request(mut self) -> Result<Request, Error> {
        self.image_ids.append(&mut self.image_ids_flag);
        Ok(Request::DescribeImages(api::describe::DescribeImages {
            image_ids: self.image_ids,
            owners: self.owners,
            executable_users: self.executable_users,
            filters: filters(self.filters, "DescribeImages")?,
            include_deprecated: self.include_deprecated,
            include_disabled: self.include_disabled,
            all_regions: self.all_regions,
            page: self.page.page(),
        }))
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim tag ami-0123456789abcdef0 team=web stage=prod
  amisim tag ami-0123456789abcdef0 --remove stage")]
pub struct TagArgs {
    /// An image, snapshot or instance of yours
    #[arg(value_name = "RESOURCE", add = super::complete::resources())]
    pub resource_id: String,
    /// KEY=VALUE pairs
    #[arg(value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Tag keys to delete
    #[arg(long, value_name = "KEY", num_args = 1..)]
    pub remove: Vec<String>,
}

impl TagArgs {
    pub fn request(self) -> Request {
        Request::tag(api::tags::TagResource {
            resource_ids: vec![self.resource_id],
            tags: Tag::parse_list(self.tags),
            remove: self.remove.into_iter().map(|key| api::tags::TagKey { key, value: None }).collect(),
            remove_all: false,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim attribute ami-0123456789abcdef0 description
  amisim attribute ami-0123456789abcdef0 lastLaunchedTime -o json")]
pub struct AttributeArgs {
    /// The image (yours)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
    /// description, launchPermission, blockDeviceMapping, productCodes, bootMode,
    /// deregistrationProtection, lastLaunchedTime, kernel, ramdisk, sriovNetSupport, …
    #[arg(value_name = "ATTRIBUTE")]
    pub attribute: String,
}

impl AttributeArgs {
    pub fn request(self) -> Request {
        Request::DescribeImageAttribute(api::attributes::ImageAttribute {
            image_id: self.image_id,
            attribute: self.attribute,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim modify ami-0123456789abcdef0 --description \"web tier, hardened\"
  # instances must use IMDSv2; cannot be undone
  amisim modify ami-0123456789abcdef0 --imds-support v2.0")]
#[command(group(clap::ArgGroup::new("change").required(true).args(["description", "imds_support"])))]
pub struct ModifyArgs {
    /// The image (yours)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
    /// The new description (at most 255 characters; empty removes it)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Require IMDSv2 of instances launched from the image (v2.0; one-way)
    #[arg(long, value_name = "VERSION")]
    pub imds_support: Option<String>,
}

impl ModifyArgs {
    pub fn request(self) -> Request {
        match (self.description, self.imds_support) {
            (_, Some(imds_support)) => {
                Request::SetImdsSupport(api::attributes::SetImdsSupport { image_id: self.image_id, imds_support })
            }
            (description, None) => Request::SetDescription(api::attributes::SetDescription {
                image_id: self.image_id,
                description: description.unwrap_or_default(),
            }),
        }
    }
}
