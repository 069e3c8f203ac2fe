//! Arguments of the supporting commands: instances, snapshots, keys, accounts,
//! marketplace, clock and wait.

use super::duration;
use amisim::api::{self, instances::InstanceAction, tags::TagSpecification, Request};
use amisim::error::{ApiError, Code, Error};
use clap::{Args, Subcommand, ValueEnum};

#[derive(Subcommand, Debug, Clone)]
pub enum InstancesCmd {
    /// List your instances in the region, terminated ones included (DescribeInstances)
    #[command(after_help = "Examples:\n  amisim instances list\n  amisim instances list i-0123456789abcdef0 -o json")]
    List {
        /// Instance IDs (default: every instance you can see in the region)
        #[arg(value_name = "INSTANCE", add = super::complete::instances())]
        ids: Vec<String>,
        /// Name=KEY,Values=V1,V2 (instance-state-name, image-id, instance-type, tag:KEY, …)
        #[arg(long = "filter", visible_alias = "filters", value_name = "Name=K,Values=V", num_args = 1..,
              value_parser = super::complete::Suggest(super::complete::instance_filters), hide_possible_values = true)]
        filters: Vec<String>,
        #[command(flatten)]
        page: super::PageArgs,
    },
    /// Terminate instances (TerminateInstances)
    #[command(after_help = "Example:\n  amisim instances terminate i-0123456789abcdef0")]
    Terminate {
        /// Instance IDs (i-…)
        #[arg(value_name = "INSTANCE", required = true, add = super::complete::instances())]
        ids: Vec<String>,
    },
    /// Stop EBS-backed instances (StopInstances)
    #[command(after_help = "Example:\n  amisim instances stop i-0123456789abcdef0")]
    Stop {
        /// Instance IDs (i-…)
        #[arg(value_name = "INSTANCE", required = true, add = super::complete::instances())]
        ids: Vec<String>,
    },
    /// Start stopped instances (StartInstances)
    #[command(after_help = "Example:\n  amisim instances start i-0123456789abcdef0")]
    Start {
        /// Instance IDs (i-…)
        #[arg(value_name = "INSTANCE", required = true, add = super::complete::instances())]
        ids: Vec<String>,
    },
    /// Status checks of running instances; --all for every state (DescribeInstanceStatus)
    #[command(after_help = "Example:\n  amisim instances status --all")]
    Status {
        /// Instance IDs (default: every instance of yours in the region)
        #[arg(value_name = "INSTANCE", add = super::complete::instances())]
        ids: Vec<String>,
        /// Instances in every state, not only running ones (IncludeAllInstances)
        #[arg(long)]
        all: bool,
    },
}

impl InstancesCmd {
    pub fn request(self) -> Result<Request, Error> {
        let change =
            |action, instance_ids| Request::change_instances(api::instances::ChangeInstances { action, instance_ids });
        Ok(match self {
            InstancesCmd::List { ids, filters, page } => {
                Request::DescribeInstances(api::instances::DescribeInstances {
                    instance_ids: ids,
                    filters: super::filters(filters, "DescribeInstances")?,
                    page: page.page(),
                })
            }
            InstancesCmd::Terminate { ids } => change(InstanceAction::Terminate, ids),
            InstancesCmd::Stop { ids } => change(InstanceAction::Stop, ids),
            InstancesCmd::Start { ids } => change(InstanceAction::Start, ids),
            InstancesCmd::Status { ids, all } => super::network::instance_status(ids, all),
        })
    }
}

#[derive(Subcommand, Debug, Clone)]
pub enum SnapshotsCmd {
    /// List snapshots you own or may create volumes from (DescribeSnapshots)
    #[command(
        after_help = "Examples:\n  amisim snapshots list\n  amisim snapshots list --filter Name=encrypted,Values=true"
    )]
    List {
        /// Snapshot IDs (default: the snapshots you can see)
        #[arg(value_name = "SNAPSHOT", add = super::complete::snapshots())]
        ids: Vec<String>,
        /// self, amazon or account IDs
        #[arg(long, value_name = "OWNER", num_args = 1.., add = super::complete::owners())]
        owners: Vec<String>,
        /// Snapshots these accounts may create volumes from: self, all or account IDs
        #[arg(long, value_name = "USER", num_args = 1..)]
        restorable_by: Vec<String>,
        /// Name=KEY,Values=V1,V2 (owner-id, status, storage-tier, encrypted, volume-size, tag:KEY)
        #[arg(long = "filter", visible_alias = "filters", value_name = "Name=K,Values=V", num_args = 1..,
              value_parser = super::complete::Suggest(super::complete::snapshot_filters), hide_possible_values = true)]
        filters: Vec<String>,
        #[command(flatten)]
        page: super::PageArgs,
    },
    /// Show or change createVolumePermission (ModifySnapshotAttribute)
    #[command(
        after_help = "Examples:\n  amisim snapshots share snap-0123456789abcdef0\n  amisim snapshots share snap-0123456789abcdef0 --add 222233334444"
    )]
    Share {
        /// The snapshot (snap-…)
        #[arg(value_name = "SNAPSHOT", add = super::complete::snapshots())]
        id: String,
        /// Accounts (or all) to grant
        #[arg(long, value_name = "ACCOUNT", num_args = 1.., add = super::complete::accounts())]
        add: Vec<String>,
        /// Accounts (or all) to revoke
        #[arg(long, value_name = "ACCOUNT", num_args = 1.., add = super::complete::accounts())]
        remove: Vec<String>,
    },
    /// Copy a snapshot into --region (CopySnapshot)
    #[command(
        after_help = "Examples:\n  amisim snapshots copy snap-0123456789abcdef0 --source-region us-east-1 \\\n      --region eu-west-1\n  amisim snapshots copy snap-0123456789abcdef0 --source-region us-east-1 \\\n      --encrypted"
    )]
    Copy {
        /// The snapshot (snap-…)
        #[arg(value_name = "SNAPSHOT", add = super::complete::snapshots())]
        id: String,
        /// The region the snapshot is in
        #[arg(long, value_name = "REGION", add = super::complete::regions(),
              value_parser = super::complete::Suggest(super::complete::region_values), hide_possible_values = true)]
        source_region: String,
        /// Encrypt the copy (needed to copy an unencrypted snapshot into an encrypted one)
        #[arg(long)]
        encrypted: bool,
        /// KMS key in the destination region (needs --encrypted)
        #[arg(long, value_name = "KEY", add = super::complete::keys())]
        kms_key_id: Option<String>,
        /// Description of the new snapshot
        #[arg(long)]
        description: Option<String>,
        /// Tag the new snapshot, KEY=VALUE (repeatable)
        #[arg(long = "tag", value_name = "KEY=VALUE")]
        tags: Vec<String>,
    },
    /// Delete a snapshot no registered image uses (DeleteSnapshot)
    #[command(after_help = "Example:\n  amisim snapshots delete snap-0123456789abcdef0")]
    Delete {
        /// The snapshot (snap-…)
        #[arg(value_name = "SNAPSHOT", add = super::complete::snapshots())]
        id: String,
    },
    /// Move a snapshot to the archive tier: cheaper, unusable until restored
    #[command(after_help = "Example:\n  amisim snapshots archive snap-0123456789abcdef0")]
    Archive {
        /// The snapshot (snap-…)
        #[arg(value_name = "SNAPSHOT", add = super::complete::snapshots())]
        id: String,
    },
    /// Restore an archived snapshot to the standard tier, permanently ($0.03/GiB)
    #[command(after_help = "Example:\n  amisim snapshots restore snap-0123456789abcdef0")]
    Restore {
        /// The snapshot (snap-…)
        #[arg(value_name = "SNAPSHOT", add = super::complete::snapshots())]
        id: String,
    },
}

impl SnapshotsCmd {
    pub fn request(self) -> Result<Request, Error> {
        Ok(match self {
            SnapshotsCmd::Copy { id, source_region, encrypted, kms_key_id, description, tags } => {
                Request::CopySnapshot(api::snapshots::CopySnapshot {
                    snapshot_id: id,
                    source_region,
                    encrypted,
                    kms_key_id,
                    description,
                    tag_specifications: TagSpecification::new("snapshot", amisim::model::Tag::parse_list(tags)),
                })
            }
            SnapshotsCmd::Delete { id } => Request::DeleteSnapshot(id),
            SnapshotsCmd::Archive { id } => Request::ArchiveSnapshot(id),
            SnapshotsCmd::Restore { id } => Request::RestoreSnapshot(id),
            SnapshotsCmd::List { ids, owners, restorable_by, filters, page } => {
                Request::DescribeSnapshots(api::snapshots::DescribeSnapshots {
                    snapshot_ids: ids,
                    owners,
                    restorable_by,
                    filters: super::filters(filters, "DescribeSnapshots")?,
                    page: page.page(),
                })
            }
            SnapshotsCmd::Share { id, add, remove } => {
                Request::share_snapshot(api::share::ShareSnapshot { snapshot_id: id, add, remove })
            }
        })
    }
}

#[derive(Subcommand, Debug, Clone)]
pub enum KeysCmd {
    /// Your keys in the region, and keys granted to you (ListKeys)
    #[command(after_help = "Example:\n  amisim keys list --region eu-west-1")]
    List,
    /// Create a customer-managed key (CreateKey)
    #[command(after_help = "Example:\n  amisim keys create --alias app")]
    Create {
        /// alias/NAME or NAME
        #[arg(long)]
        alias: String,
    },
    /// Let another account use a key of yours (CreateGrant)
    #[command(after_help = "Example:\n  amisim keys grant alias/app --grantee 222233334444")]
    Grant {
        /// The key: key ID, ARN or alias/NAME
        #[arg(value_name = "KEY", add = super::complete::keys())]
        key: String,
        /// The account the grant is for (12 digits)
        #[arg(long, value_name = "ACCOUNT", add = super::complete::accounts())]
        grantee: String,
    },
    /// Take a grant back (RevokeGrant)
    #[command(after_help = "Example:\n  amisim keys revoke alias/app --grantee 222233334444")]
    Revoke {
        /// The key: key ID, ARN or alias/NAME
        #[arg(value_name = "KEY", add = super::complete::keys())]
        key: String,
        /// The account the grant is for (12 digits)
        #[arg(long, value_name = "ACCOUNT", add = super::complete::accounts())]
        grantee: String,
    },
}

impl KeysCmd {
    pub fn request(self) -> Request {
        match self {
            KeysCmd::List => Request::ListKeys(()),
            KeysCmd::Create { alias } => Request::CreateKey(api::keys::CreateKey { alias }),
            KeysCmd::Grant { key, grantee } => Request::grant_key(api::keys::GrantKey { key, grantee, revoke: false }),
            KeysCmd::Revoke { key, grantee } => Request::grant_key(api::keys::GrantKey { key, grantee, revoke: true }),
        }
    }
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Subcommand, Debug, Clone)]
pub enum AccountsCmd {
    /// Every account of the world, system owners included (ListAccounts)
    #[command(after_help = "Example:\n  amisim accounts list")]
    List,
    /// Add a user account, with its aws/ebs keys and block public access on (CreateAccount)
    #[command(
        after_help = "Examples:\n  amisim accounts create --id 444455556666 --name audit\n  amisim accounts create"
    )]
    Create {
        /// 12 digits (default: a new deterministic ID)
        #[arg(long)]
        id: Option<String>,
        /// A name for the account (default: account- and its last four digits)
        #[arg(long)]
        name: Option<String>,
    },
    /// Show, or turn on or off, image block public access for your account in the region
    #[command(
        after_help = "Examples:\n  amisim accounts block-public-access\n  amisim accounts block-public-access off --region us-east-1"
    )]
    BlockPublicAccess {
        /// on or off (none: show the current state)
        #[arg(value_enum, value_name = "STATE")]
        setting: Option<OnOff>,
    },
    /// Access key pairs for `amisim serve`, as an AWS credentials file (-o json: records)
    #[command(
        after_help = "Every account starts with a pair derived from the world's seed, which anyone who knows\namisim can compute: rotate before serving beyond loopback (serve --allow-remote).\n\nExamples:\n  amisim accounts credentials >> ~/.aws/credentials\n  amisim accounts credentials 222233334444 -o json\n  # a fresh random pair; the old one stops working\n  amisim accounts credentials --rotate 111122223333"
    )]
    Credentials {
        /// One user account (default: every one)
        #[arg(value_name = "ACCOUNT", add = super::complete::accounts(), conflicts_with = "rotate")]
        of: Option<String>,
        /// Replace ACCOUNT's pair with a fresh random one, kept in the world; the old pair stops working at once
        #[arg(long, value_name = "ACCOUNT", add = super::complete::accounts())]
        rotate: Option<String>,
    },
}

impl AccountsCmd {
    pub fn request(self) -> Request {
        match self {
            AccountsCmd::List => Request::ListAccounts(()),
            AccountsCmd::Create { id, name } => Request::CreateAccount(api::accounts::CreateAccount { id, name }),
            AccountsCmd::BlockPublicAccess { setting: None } => Request::GetBlockPublicAccess(()),
            AccountsCmd::BlockPublicAccess { setting: Some(s) } => Request::block_public_access(matches!(s, OnOff::On)),
            AccountsCmd::Credentials { rotate: Some(account), .. } => Request::RotateCredentials(account),
            AccountsCmd::Credentials { of, rotate: None } => Request::ListCredentials(of),
        }
    }
}

#[derive(Subcommand, Debug, Clone)]
pub enum CatalogCmd {
    /// Add real public images, with their own IDs, from a DescribeImages JSON document
    #[command(after_help = "Examples:
  aws ec2 describe-images --owners amazon --filters \\
      Name=name,Values=al2023-ami-2023* --output json > al2023.json
  amisim catalog import al2023.json --region us-east-1")]
    Import {
        /// `{\"Images\": [...]}` as `aws ec2 describe-images --output json` prints it
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: std::path::PathBuf,
    },
    /// The images `catalog import` added, in every region
    #[command(after_help = "Example:\n  amisim catalog list -o table")]
    List,
}

#[derive(Subcommand, Debug, Clone)]
pub enum MarketplaceCmd {
    /// Products and whether you subscribe (DescribeProducts)
    #[command(after_help = "Example:\n  amisim marketplace list")]
    List,
    /// Subscribe to a product so you can launch its images
    #[command(after_help = "Example:\n  amisim marketplace subscribe prod-0123456789abcdef0")]
    Subscribe {
        /// The product code (prod-…), as marketplace list shows it
        #[arg(value_name = "PRODUCT", add = super::complete::products())]
        product: String,
    },
    /// Sell an image of yours: a new product code; buyers subscribe and launch
    #[command(after_help = "Example:\n  amisim marketplace publish ami-0123456789abcdef0 --price 0.25")]
    Publish {
        /// The image to sell (ami-…), yours and available
        #[arg(value_name = "AMI", add = super::complete::images())]
        image_id: String,
        /// USD per instance-hour
        #[arg(long)]
        price: f64,
        /// Product name (default: the image name)
        #[arg(long)]
        name: Option<String>,
    },
}

impl MarketplaceCmd {
    pub fn request(self) -> Request {
        match self {
            MarketplaceCmd::List => Request::ListProducts(()),
            MarketplaceCmd::Subscribe { product } => Request::Subscribe(product),
            MarketplaceCmd::Publish { image_id, price, name } => {
                Request::Publish(api::marketplace::Publish { image_id, price, name })
            }
        }
    }
}

#[derive(Subcommand, Debug, Clone)]
pub enum ClockCmd {
    /// The virtual now
    #[command(after_help = "Example:\n  amisim clock show")]
    Show,
    /// Move the virtual clock forward; pending work settles
    #[command(after_help = "Examples:\n  amisim clock advance 30m\n  amisim clock advance 30d")]
    Advance {
        /// How far: an integer and a unit, e.g. 90s, 30m, 2h, 7d
        #[arg(value_name = "DURATION", value_parser = duration, allow_hyphen_values = true)]
        by: i64,
    },
}

impl ClockCmd {
    pub fn request(self) -> Request {
        match self {
            ClockCmd::Show => Request::ShowClock(()),
            ClockCmd::Advance { by } => Request::AdvanceClock(by),
        }
    }
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum WaiterName {
    ImageAvailable,
    InstanceRunning,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim wait image-available ami-0123456789abcdef0
  amisim wait instance-running i-0123456789abcdef0 --timeout 10m")]
pub struct WaitCmd {
    /// What to wait for
    #[arg(value_enum)]
    pub waiter: WaiterName,
    /// Image or instance IDs, per the waiter
    #[arg(value_name = "ID", required = true, add = super::complete::resources())]
    pub ids: Vec<String>,
    /// Give up after this much virtual time
    #[arg(long, value_name = "DURATION", value_parser = duration, allow_hyphen_values = true)]
    pub timeout: Option<i64>,
}

impl WaitCmd {
    pub fn request(self) -> Request {
        let waiter = match self.waiter {
            WaiterName::ImageAvailable => api::clock::Waiter::ImageAvailable,
            WaiterName::InstanceRunning => api::clock::Waiter::InstanceRunning,
        };
        Request::Wait(api::clock::WaitRequest { waiter, ids: self.ids, timeout: self.timeout })
    }
}

impl CatalogCmd {
    pub fn request(self, region: &str) -> Result<Request, Error> {
        Ok(match self {
            CatalogCmd::List => Request::ListCatalog(()),
            CatalogCmd::Import { file } => {
                let text = amisim::world::read_file(&file)?;
                let document = serde_json::from_str(&text).map_err(|e| {
                    let e = ApiError::new(Code::InvalidParameterValue, format!("{} is not JSON: {e}", file.display()));
                    Error::api("ImportCatalog", e)
                })?;
                Request::ImportCatalog(api::import::ImportCatalog {
                    document,
                    region: region.to_string(),
                    source: file.display().to_string(),
                })
            }
        })
    }
}
