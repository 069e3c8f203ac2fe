//! Arguments of the reports: cost, events, lineage.

use amisim::api::{costs, events, Request};
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
  amisim cost --since 2026-02-01T00:00:00Z --until 2026-03-01T00:00:00Z -o json")]
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
  amisim events --op CopyImage --limit 5")]
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
            limit: self.limit,
        })
    }
}

#[derive(Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim lineage ami-0123456789abcdef0
  amisim lineage ami-0123456789abcdef0 -o json")]
pub struct LineageArgs {
    #[arg(value_name = "AMI", add = super::complete::images())]
    pub image_id: String,
}
