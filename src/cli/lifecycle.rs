//! Arguments of the lifecycle commands: deregister, protect, deprecate, disable, enable.

use super::duration;
use amisim::api::{explain, lifecycle, Request};
use clap::Args;

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim deregister ami-0123456789abcdef0
  amisim deregister ami-0123456789abcdef0 --delete-associated-snapshots")]
pub struct DeregisterArgs {
    /// The image (ami-…)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
    /// Delete the snapshots too (otherwise they stay, and keep billing)
    #[arg(long)]
    pub delete_associated_snapshots: bool,
}

impl DeregisterArgs {
    pub fn request(self) -> Request {
        Request::Deregister(lifecycle::Deregister {
            image_id: self.image_id,
            delete_associated_snapshots: self.delete_associated_snapshots,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim protect ami-0123456789abcdef0 --with-cooldown
  amisim protect ami-0123456789abcdef0 --off")]
pub struct ProtectArgs {
    /// The image (ami-…)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
    /// Keep protection for 24 hours after it is turned off
    #[arg(long)]
    pub with_cooldown: bool,
    /// Turn protection off
    #[arg(long)]
    pub off: bool,
}

impl ProtectArgs {
    pub fn request(self) -> Request {
        Request::protect(lifecycle::Protect {
            image_id: self.image_id,
            with_cooldown: self.with_cooldown,
            off: self.off,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim deprecate ami-0123456789abcdef0 --in 30d
  amisim deprecate ami-0123456789abcdef0 --at 2026-06-01T00:00:00Z
  amisim deprecate ami-0123456789abcdef0 --cancel")]
#[command(group(clap::ArgGroup::new("when").required(true).args(["at", "in_", "cancel"])))]
pub struct DeprecateArgs {
    /// The image (ami-…)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
    /// RFC 3339 time (UTC)
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// A duration from now, e.g. 30d
    #[arg(long = "in", value_name = "DURATION", value_parser = duration, allow_hyphen_values = true)]
    pub in_: Option<i64>,
    /// Remove the deprecation time
    #[arg(long)]
    pub cancel: bool,
}

impl DeprecateArgs {
    pub fn request(self) -> Request {
        let when = match (self.at, self.in_) {
            (Some(at), _) => lifecycle::DeprecateAt::At(at),
            (None, Some(secs)) => lifecycle::DeprecateAt::In(secs),
            (None, None) => lifecycle::DeprecateAt::Cancel,
        };
        Request::deprecate(lifecycle::Deprecate { image_id: self.image_id, when })
    }
}

#[derive(Args, Debug, Clone)]
pub struct ImageArg {
    /// The image (ami-…)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy)]
pub enum ExplainActionArg {
    Launch,
    Copy,
    Share,
    Describe,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim explain ami-0123456789abcdef0 --action copy --as 222233334444
  amisim explain ami-0123456789abcdef0 --action launch --as 333344445555 -o \\
      json")]
pub struct ExplainArgs {
    /// The image (ami-…)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
    /// The operation to ask about
    #[arg(long, value_enum)]
    pub action: ExplainActionArg,
    /// The account to ask about (default: --account)
    #[arg(long = "as", value_name = "ACCOUNT", add = super::complete::accounts())]
    pub as_account: Option<String>,
}

impl ExplainArgs {
    pub fn request(self) -> Request {
        let action = match self.action {
            ExplainActionArg::Launch => explain::ExplainAction::Launch,
            ExplainActionArg::Copy => explain::ExplainAction::Copy,
            ExplainActionArg::Share => explain::ExplainAction::Share,
            ExplainActionArg::Describe => explain::ExplainAction::Describe,
        };
        Request::Explain(explain::Explain { image_id: self.image_id, action, as_account: self.as_account })
    }
}
