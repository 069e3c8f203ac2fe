//! The command line: clap types, settings resolved from flags and the
//! environment, and the request each service command makes. `app` dispatches.

pub mod complete;
mod images;
mod lifecycle;
mod network;
pub mod reports;
mod resources;

use crate::output::Format;
use crate::settings::Settings;
use amisim::accounts::DEFAULT_ACCOUNT;
use amisim::api::{Caller, Request};
use amisim::error::{ApiError, Error};
use amisim::regions;
use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;

const EXAMPLES: &str = "Examples:
  amisim create --name web-v1 --wait
  amisim copy --source-image-id ami-… --source-region us-east-1 --region eu-west-1 --name web-v1
  amisim share ami-… --add 222233334444 --with-snapshots
  amisim launch ami-… --count 2 --account 222233334444
  amisim describe --owners self -o json --query 'Images[].ImageId'

The world lives in one SQLite file (--state, default in your data directory);
its clock is virtual: `amisim clock advance 1h` moves it.";

#[derive(Parser, Debug)]
#[command(
    name = "amisim",
    version,
    about = "Simulate Amazon Machine Images across regions and accounts, in one local SQLite file",
    after_help = EXAMPLES,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args, Debug, Clone, Default)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    // The environment variables are read in `settings`, not by clap: a
    // value clap takes from the environment shows in every usage line as if
    // the flag had been typed.
    /// The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]
    #[arg(long, global = true, value_name = "PATH", overrides_with = "state")]
    pub state: Option<PathBuf>,
    /// Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]
    #[arg(long, global = true, value_name = "ID", add = complete::accounts(), overrides_with = "account",
          value_parser = complete::Suggest(complete::account_values), hide_possible_values = true)]
    pub account: Option<String>,
    /// Where the call is made [env: AMISIM_REGION] [default: us-east-1]
    #[arg(long, global = true, value_name = "CODE", add = complete::regions(), overrides_with = "region",
          value_parser = complete::Suggest(complete::region_values), hide_possible_values = true)]
    pub region: Option<String>,
    /// table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]
    #[arg(short = 'o', long, global = true, value_name = "FMT", value_parser = ["table", "json", "yaml", "text"], overrides_with = "output")]
    pub output: Option<String>,
    /// JMESPath expression over the JSON output, as in the AWS CLI
    #[arg(long, global = true, value_name = "EXPR", overrides_with = "query")]
    pub query: Option<String>,
    /// Check every rule, change nothing
    #[arg(long, global = true, overrides_with = "dry_run")]
    pub dry_run: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create an image from an instance (CreateImage) or a new root volume (RegisterImage)
    Create(images::CreateArgs),
    /// Copy an image within or across regions and accounts (CopyImage)
    Copy(images::CopyArgs),
    /// Show or change who may launch an image (ModifyImageAttribute)
    Share(images::ShareArgs),
    /// Launch instances from an image (RunInstances)
    Launch(images::LaunchArgs),
    /// List the images you can see: yours, shared with you, public (DescribeImages)
    Describe(images::DescribeArgs),
    /// Add or remove tags on an image, snapshot or instance (CreateTags)
    Tag(images::TagArgs),
    /// Remove an image; its snapshots stay (and bill) unless asked (DeregisterImage)
    Deregister(lifecycle::DeregisterArgs),
    /// Turn deregistration protection on or off
    Protect(lifecycle::ProtectArgs),
    /// Set or cancel an image's deprecation time
    Deprecate(lifecycle::DeprecateArgs),
    /// Show one attribute of your image (DescribeImageAttribute)
    Attribute(images::AttributeArgs),
    /// Change your image's description (ModifyImageAttribute)
    Modify(images::ModifyArgs),
    /// Disable an image: nobody launches or copies it, launch permissions go
    #[command(after_help = "Example:\n  amisim disable ami-0123456789abcdef0")]
    Disable(lifecycle::ImageArg),
    /// Enable a disabled image again (launch permissions stay removed)
    #[command(after_help = "Example:\n  amisim enable ami-0123456789abcdef0")]
    Enable(lifecycle::ImageArg),
    /// List, stop, start and terminate instances
    #[command(subcommand)]
    Instances(resources::InstancesCmd),
    /// List and share EBS snapshots
    #[command(subcommand)]
    Snapshots(resources::SnapshotsCmd),
    /// KMS keys: list, create, grant, revoke
    #[command(subcommand)]
    Keys(resources::KeysCmd),
    /// EC2 key pairs for instances: list, create, import, delete
    #[command(subcommand)]
    KeyPairs(network::KeyPairsCmd),
    /// Security groups of the default VPC: list, create, delete, authorize, revoke
    #[command(subcommand)]
    SecurityGroups(network::SecurityGroupsCmd),
    /// Accounts of the world and their block public access
    #[command(subcommand)]
    Accounts(resources::AccountsCmd),
    /// Paid products: list and subscribe
    #[command(subcommand)]
    Marketplace(resources::MarketplaceCmd),
    /// The virtual clock: show, advance
    #[command(subcommand)]
    Clock(resources::ClockCmd),
    /// Say whether an account may launch, copy, share or see an image, and how to fix it
    Explain(lifecycle::ExplainArgs),
    /// What the world has cost: storage, transfer, software fees
    Cost(reports::CostArgs),
    /// The audit log of calls, successful and refused
    Events(reports::EventsArgs),
    /// An image's ancestors and descendants across regions and accounts
    Lineage(reports::LineageArgs),
    /// Which of your images and snapshots could go, why, and what it saves; --apply does it
    Cleanup(reports::CleanupArgs),
    /// Advance the clock until images are available or instances running
    Wait(resources::WaitCmd),
    /// The regions of the world, every commercial one (DescribeRegions)
    #[command(after_help = "Examples:\n  amisim regions\n  amisim regions -o text --query 'Regions[].RegionName'")]
    Regions,
    /// Start a new world in the state file
    #[command(
        after_help = "Examples:\n  amisim init --state drill.db --seed 7\n  amisim init --force                      # a new world over the old one\n  # f.db is not a world: replace it anyway\n  amisim init --state f.db --overwrite-foreign"
    )]
    Init {
        /// Seed of the deterministic IDs
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Replace an existing amisim world (or an empty file) with a new one
        #[arg(long)]
        force: bool,
        /// Replace the file even if it is not an amisim world (another program's file is lost)
        #[arg(long)]
        overwrite_foreign: bool,
    },
    /// Run provisioning drills: YAML files of amisim steps with expectations
    #[command(subcommand)]
    Drill(crate::drill::DrillCmd),
    /// Check the world's invariants (integrity, snapshots, permissions, names, ledger); exit 1 on problems
    #[command(after_help = "Examples:\n  amisim doctor\n  amisim doctor --full -o json")]
    Doctor {
        /// Run SQLite's full integrity_check instead of quick_check
        #[arg(long)]
        full: bool,
    },
    /// Benchmarks: seed a big world, measure every core operation
    #[command(subcommand)]
    Bench(crate::bench::BenchCmd),
    /// Serve the world as an EC2 endpoint for the AWS CLI, boto3, Terraform
    Serve(crate::serve::ServeArgs),
    /// Real public images with their own IDs: import a DescribeImages document, list them
    #[command(subcommand)]
    Catalog(resources::CatalogCmd),
    /// Golden image pipelines: plan (changes nothing) and apply (idempotent)
    #[command(subcommand)]
    Pipeline(crate::pipeline::PipelineCmd),
    /// Write man pages (amisim.1 and one per subcommand)
    #[command(after_help = "Examples:\n  amisim man --dir ~/.local/share/man/man1\n  amisim man | man -l -")]
    Man {
        /// Directory to write the pages into (default: print amisim.1 to stdout)
        #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
        dir: Option<PathBuf>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "Examples:\n  amisim completions bash > ~/.local/share/bash-completion/completions/amisim\n  source <(COMPLETE=bash amisim)   # live IDs from the state file"
    )]
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Parses a duration flag (`90s`, `30m`, `2h`, `7d`).
pub fn duration(s: &str) -> Result<i64, String> {
    if s.starts_with('-') {
        let positive = s.trim_start_matches('-');
        return Err(format!("durations are positive: {positive}, not {s} (the virtual clock only moves forward)"));
    }
    amisim::clock::parse_duration(s)
        .ok_or_else(|| format!("invalid duration '{s}': use an integer and a unit, e.g. 90s, 30m, 2h, 7d"))
}

/// `--filter` shorthand as filters; bad syntax is the service's refusal, as in the AWS CLI (exit 254).
pub fn filters(raw: Vec<String>, operation: &str) -> Result<Vec<amisim::api::filters::Filter>, Error> {
    raw.iter().map(|f| amisim::api::filters::parse(f).map_err(|e| Error::api(operation, e))).collect()
}

/// `--max-results N --next-token T` on listings.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct PageArgs {
    /// At most this many results; the answer's NextToken fetches the rest
    #[arg(long, value_name = "N")]
    pub max_results: Option<i64>,
    /// Continue a listing where a previous page ended
    #[arg(long, value_name = "TOKEN")]
    pub next_token: Option<String>,
}

impl PageArgs {
    pub fn page(self) -> amisim::api::page::Page {
        amisim::api::page::Page { max_results: self.max_results, next_token: self.next_token }
    }
}

pub fn default_state_path() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.data_dir().join("amisim").join("state.db"))
}

/// An environment variable that is set and not empty.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The global flags and the environment, resolved into settings before the world is opened.
pub fn settings(g: &Global) -> Result<Settings, Error> {
    {
        let region = g.region.clone().or_else(|| env("AMISIM_REGION")).unwrap_or_else(|| "us-east-1".into());
        if !regions::is_region(&region) {
            return Err(Error::Config(regions::unknown(&region)));
        }
        let explicit_format = g.output.is_some() || std::env::var("AMISIM_OUTPUT").is_ok_and(|f| !f.is_empty());
        let format = match &g.output {
            Some(f) => Format::parse(f).ok_or_else(|| Error::Usage(format!("invalid output format '{f}'")))?,
            None => match std::env::var("AMISIM_OUTPUT") {
                Ok(f) if !f.is_empty() => Format::parse(&f).ok_or_else(|| {
                    Error::Config(format!("Invalid AMISIM_OUTPUT '{f}': use table, json, yaml or text"))
                })?,
                _ if std::io::stdout().is_terminal() => Format::Table,
                _ => Format::Json,
            },
        };
        let (state, explicit_state) = match g.state.clone().or_else(|| env("AMISIM_STATE").map(PathBuf::from)) {
            Some(p) => (p, true),
            None => (
                default_state_path().ok_or_else(|| Error::Config("no home directory: pass --state PATH".into()))?,
                false,
            ),
        };
        Ok(Settings {
            state,
            explicit_state,
            caller: Caller::new(
                g.account.clone().or_else(|| env("AMISIM_ACCOUNT")).unwrap_or_else(|| DEFAULT_ACCOUNT.into()),
                region,
            ),
            format,
            explicit_format,
            query: g.query.clone(),
            dry_run: g.dry_run,
        })
    }
}

/// One line on stderr: the whole cause chain, never a panic trace.
/// A refusal's help follows on a line of its own, `hint: …` (README).
pub fn report(e: &Error) {
    match e {
        Error::Other(inner) => eprintln!("amisim: {inner:#}"),
        Error::Config(m) | Error::Usage(m) | Error::Check(m) => eprintln!("amisim: {m}"),
        Error::Api { error: ApiError { hint: Some(hint), .. }, .. } => eprintln!("{e}\nhint: {hint}"),
        other => eprintln!("{other}"),
    }
}

/// The service request a command makes; `Err(command)` for the commands that run
/// locally (init, completions, drills, pipelines).
pub fn service_request(command: Command) -> Result<Result<Request, Command>, Error> {
    Ok(Ok(match command {
        Command::Create(a) => a.request(),
        // R-ID-4: an unknown --source-region is configuration too.
        Command::Copy(a) if !regions::is_region(&a.source_region) => {
            return Err(Error::Config(regions::unknown(&a.source_region)))
        }
        Command::Copy(a) => a.request(),
        Command::Snapshots(resources::SnapshotsCmd::Copy { ref source_region, .. })
            if !regions::is_region(source_region) =>
        {
            return Err(Error::Config(regions::unknown(source_region)))
        }
        Command::Share(a) => a.request(),
        Command::Launch(a) => a.request(),
        Command::Describe(a) => a.request()?,
        Command::Tag(a) => a.request(),
        Command::Deregister(a) => a.request(),
        Command::Protect(a) => a.request(),
        Command::Deprecate(a) => a.request(),
        Command::Disable(a) => Request::Disable(a.image_id),
        Command::Enable(a) => Request::Enable(a.image_id),
        Command::Explain(a) => a.request(),
        Command::Cost(a) if a.forecast.is_none() => a.request(),
        Command::Events(a) => a.request(),
        Command::Lineage(a) => Request::Lineage(a.image_id),
        Command::Cleanup(a) => a.request(),
        Command::Doctor { full } => Request::CheckWorld(full),
        Command::Instances(c) => c.request()?,
        Command::Snapshots(c) => c.request()?,
        Command::Keys(c) => c.request(),
        Command::KeyPairs(c) => c.request().map_err(Error::Other)?,
        Command::SecurityGroups(c) => c.request().map_err(Error::Other)?,
        Command::Accounts(c) => c.request(),
        Command::Attribute(a) => a.request(),
        Command::Modify(a) => a.request(),
        Command::Marketplace(c) => c.request(),
        Command::Clock(c) => c.request(),
        Command::Wait(c) => c.request(),
        Command::Regions => Request::DescribeRegions(Vec::new()),
        local => return Ok(Err(local)),
    }))
}

/// Commands that change nothing: `--dry-run` means nothing there, so their
/// help does not show it (it is still accepted, as a global flag).
const READ_ONLY: &[&[&str]] = &[
    &["describe"],
    &["attribute"],
    &["explain"],
    &["cost"],
    &["events"],
    &["lineage"],
    &["regions"],
    &["doctor"],
    &["serve"],
    &["bench"],
    &["man"],
    &["completions"],
    &["wait"],
    &["catalog", "list"],
    &["instances", "list"],
    &["instances", "status"],
    &["snapshots", "list"],
    &["keys", "list"],
    &["accounts", "list"],
    &["marketplace", "list"],
    &["clock", "show"],
    &["pipeline", "plan"],
    &["key-pairs", "list"],
    &["security-groups", "list"],
    &["drill"],
];

/// The command line's definition, as every front end parses and prints it.
/// Read-only commands get a hidden `--dry-run` of their own, which shadows
/// the global one in their help; `dry_run_given` still honours it.
pub fn command() -> clap::Command {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    fn hide(cmd: clap::Command, path: &[&str]) -> clap::Command {
        match path.split_first() {
            None => cmd.arg(clap::Arg::new("dry_run").long("dry-run").action(clap::ArgAction::SetTrue).hide(true)),
            Some((name, rest)) => cmd.mut_subcommand(*name, |sub| hide(sub, rest)),
        }
    }
    for path in READ_ONLY {
        cmd = hide(cmd, path);
    }
    cmd
}

/// Whether `--dry-run` was given anywhere on the command line.
pub fn dry_run_given(m: &clap::ArgMatches) -> bool {
    m.try_get_one::<bool>("dry_run").ok().flatten().copied().unwrap_or(false)
        || m.subcommand().is_some_and(|(_, sub)| dry_run_given(sub))
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every argument `--help` shows, of every command, says what it is for (issue 12).
    #[test]
    fn every_argument_in_help_has_a_description() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                if a.get_help().is_none() && a.get_long_help().is_none() {
                    missing.push(format!(
                        "{path} {}",
                        a.get_long().map_or_else(|| a.get_id().to_string(), |l| format!("--{l}"))
                    ));
                }
            }
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "amisim", &mut missing);
        assert!(missing.is_empty(), "arguments without a description:\n{}", missing.join("\n"));
    }
}
