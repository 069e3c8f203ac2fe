//! Arguments of the reports: cost, events, lineage.

use amisim::api::{cleanup, costs, events, Request};
use clap::{Args, ValueEnum};

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum By {
    Account,
    Region,
    Cause,
    Resource,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim cost
  amisim cost --all-accounts --by cause
  amisim cost --since 2026-02-01T00:00:00Z --until 2026-03-01T00:00:00Z -o \\
      json
  amisim cost --forecast examples/pipelines/golden-web.yaml")]
pub struct CostArgs {
    /// Every account, not only the caller
    #[arg(long)]
    pub all_accounts: bool,
    /// How to group the lines
    #[arg(long, value_enum, default_value = "resource")]
    pub by: By,
    /// Start of the period (RFC 3339; default: the world's start)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// End of the period (RFC 3339; default: the virtual now)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Forecast a planned distribution: the cost report of a pipeline file's plan
    #[arg(long, value_name = "PLAN", value_hint = clap::ValueHint::FilePath, conflicts_with_all = ["since", "until"])]
    pub forecast: Option<std::path::PathBuf>,
}

impl CostArgs {
    pub fn request(self) -> Request {
        let by = match self.by {
            By::Account => costs::GroupBy::Account,
            By::Region => costs::GroupBy::Region,
            By::Cause => costs::GroupBy::Cause,
            By::Resource => costs::GroupBy::Resource,
        };
        Request::GetCost(costs::GetCost { all_accounts: self.all_accounts, by, since: self.since, until: self.until })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim events
  amisim events --outcome error --all-accounts
  amisim events --op CopyImage --limit 5
  # everything done to one image
  amisim events --resource ami-0123456789abcdef0")]
pub struct EventsArgs {
    /// Every account's events
    #[arg(long)]
    pub all_accounts: bool,
    /// Only this operation (e.g. CopyImage)
    #[arg(long = "op", value_name = "NAME")]
    pub operation: Option<String>,
    /// ok or error
    #[arg(long, value_parser = ["ok", "error"])]
    pub outcome: Option<String>,
    /// Only events at or after this time (RFC 3339)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only events about this resource: an ID the call made or named
    #[arg(long, value_name = "ID")]
    pub resource: Option<String>,
    /// The latest N events
    #[arg(long, default_value_t = 100)]
    pub limit: i64,
}

impl EventsArgs {
    pub fn request(self) -> Request {
        Request::LookupEvents(events::LookupEvents {
            all_accounts: self.all_accounts,
            operation: self.operation,
            outcome: self.outcome,
            since: self.since,
            resource: self.resource,
            limit: self.limit,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim lineage ami-0123456789abcdef0
  amisim lineage ami-0123456789abcdef0 -o json")]
pub struct LineageArgs {
    /// The image (ami-…)
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim cleanup --keep-last 2
  amisim cleanup --older-than 90d --exclude-tag keep=true
  amisim cleanup --keep-last 2 --older-than 30d --apply")]
pub struct CleanupArgs {
    /// Keep the newest N images of each family (Family tag, or the name without its version)
    #[arg(long, value_name = "N")]
    pub keep_last: Option<usize>,
    /// Only images older than this may go, e.g. 90d
    #[arg(long, value_name = "DURATION", value_parser = super::duration, allow_hyphen_values = true)]
    pub older_than: Option<i64>,
    /// Never remove images with this tag (KEY or KEY=VALUE; repeatable)
    #[arg(long, value_name = "TAG")]
    pub exclude_tag: Vec<String>,
    /// Deregister the candidates and delete their snapshots (and orphaned snapshots)
    #[arg(long)]
    pub apply: bool,
}

impl CleanupArgs {
    pub fn request(self) -> Request {
        Request::cleanup(cleanup::Cleanup {
            keep_last: self.keep_last,
            older_than: self.older_than,
            exclude_tags: self.exclude_tag,
            apply: self.apply,
        })
    }
}
