//! The command line: clap types and dispatch. Parsing → request → `api::call`
//! → printing; the exit code is decided here, at the edge.

pub mod complete;
mod images;
mod lifecycle;
mod reports;
mod resources;

use crate::output::{self, Format};
use amisim::accounts::DEFAULT_ACCOUNT;
use amisim::api::{self, Caller, Request};
use amisim::error::Error;
use amisim::regions;
use amisim::store::Store;
use clap::{CommandFactory, Parser, Subcommand};
use std::ffi::OsString;
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
pub struct Global {
    // The environment variables are read in `Config::resolve`, not by clap: a
    // value clap takes from the environment shows in every usage line as if
    // the flag had been typed.
    /// The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]
    #[arg(long, global = true, value_name = "PATH", overrides_with = "state")]
    pub state: Option<PathBuf>,
    /// Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]
    #[arg(long, global = true, value_name = "ID", add = complete::accounts(), overrides_with = "account")]
    pub account: Option<String>,
    /// Where the call is made [env: AMISIM_REGION] [default: us-east-1]
    #[arg(long, global = true, value_name = "CODE", add = complete::regions(), overrides_with = "region")]
    pub region: Option<String>,
    /// table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]
    #[arg(short = 'o', long, global = true, value_name = "FMT", value_parser = ["table", "json", "yaml", "text"], overrides_with = "output")]
    pub output: Option<String>,
    /// JMESPath expression over the JSON output, as in the AWS CLI
    #[arg(long, global = true, value_name = "EXPR", overrides_with = "query")]
    pub query: Option<String>,
    /// Check every rule, change nothing (R-DRY-1)
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
    /// Turn deregistration protection on or off (R-LIF-2)
    Protect(lifecycle::ProtectArgs),
    /// Set or cancel an image's deprecation time (R-LIF-3)
    Deprecate(lifecycle::DeprecateArgs),
    /// Show one attribute of your image (DescribeImageAttribute)
    Attribute(images::AttributeArgs),
    /// Change your image's description (ModifyImageAttribute)
    Modify(images::ModifyArgs),
    /// Disable an image: nobody launches or copies it, launch permissions go (R-LIF-4)
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
    /// What the world has cost: storage, transfer, software fees (R-COST-*)
    Cost(reports::CostArgs),
    /// The audit log of calls, successful and refused (R-EVT-1)
    Events(reports::EventsArgs),
    /// An image's ancestors and descendants across regions and accounts
    Lineage(reports::LineageArgs),
    /// Which of your images and snapshots could go, why, and what it saves; --apply does it
    Cleanup(reports::CleanupArgs),
    /// Advance the clock until images are available or instances running (R-CLK-2)
    Wait(resources::WaitCmd),
    /// The regions of the world, every commercial one (DescribeRegions)
    #[command(after_help = "Examples:\n  amisim regions\n  amisim regions -o text --query 'Regions[].RegionName'")]
    Regions,
    /// Start a new world in the state file
    #[command(
        after_help = "Examples:\n  amisim init --state drill.db --seed 7\n  amisim init --force                      # a new world over the old one\n  amisim init --state f.db --overwrite-foreign   # f.db is not a world: replace it anyway"
    )]
    Init {
        /// Seed of the deterministic IDs (R-ID-1)
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
    /// Serve the world as an EC2 endpoint for the AWS CLI, boto3, Terraform (serve.md)
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

/// Reads a file a command names (drill, pipeline, catalog): I/O failure is exit 255.
pub fn read_file(path: &std::path::Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::Other(anyhow::anyhow!("cannot read {}: {e}", path.display())))
}

/// `KEY=VALUE` arguments as tags (a bare `KEY` has an empty value); the service checks them.
pub fn tag_list(raw: Vec<String>) -> Vec<amisim::model::Tag> {
    raw.into_iter()
        .map(|t| match t.split_once('=') {
            Some((k, v)) => amisim::model::Tag { key: k.into(), value: v.into() },
            None => amisim::model::Tag { key: t, value: String::new() },
        })
        .collect()
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

/// Everything resolved from flags and environment before the world is opened.
pub struct Config {
    pub state: PathBuf,
    pub explicit_state: bool,
    pub caller: Caller,
    pub format: Format,
    /// Whether -o or AMISIM_OUTPUT chose the format.
    pub explicit_format: bool,
    pub query: Option<String>,
    pub dry_run: bool,
}

pub fn default_state_path() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.data_dir().join("amisim").join("state.db"))
}

/// An environment variable that is set and not empty.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Config {
    pub fn resolve(g: &Global) -> Result<Config, Error> {
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
        Ok(Config {
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

    /// Opens the world, creating it (and the default directory) on first use.
    pub fn open(&self) -> Result<Store, Error> {
        if !self.explicit_state {
            if let Some(dir) = self.state.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| Error::Config(format!("cannot create the state directory {}: {e}", dir.display())))?;
            }
        }
        Store::open_or_create(&self.state, |conn| amisim::catalog::new_world(conn, 0))
    }
}

/// Runs a command line and returns the process exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 252,
                _ => 252,
            };
            let _ = e.print();
            return code;
        }
    };
    match execute(cli) {
        Ok(()) => 0,
        Err(e) => {
            report(&e);
            e.exit_code()
        }
    }
}

/// One line on stderr: the whole cause chain, never a panic trace.
pub fn report(e: &Error) {
    match e {
        Error::Other(inner) => eprintln!("amisim: {inner:#}"),
        Error::Config(m) | Error::Usage(m) | Error::Check(m) => eprintln!("amisim: {m}"),
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
        Command::Doctor { full } => Request::CheckWorld { full },
        Command::Instances(c) => c.request()?,
        Command::Snapshots(c) => c.request()?,
        Command::Keys(c) => c.request(),
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

fn execute(cli: Cli) -> Result<(), Error> {
    let config = Config::resolve(&cli.global)?;
    let request = match service_request(cli.command)? {
        Ok(request) => request,
        Err(Command::Init { seed, force, overwrite_foreign }) => return init(&config, seed, force, overwrite_foreign),
        Err(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "amisim", &mut out);
            return output::write_stdout(&out);
        }
        Err(Command::Drill(crate::drill::DrillCmd::Run(args))) => return crate::drill::run(args, &config),
        Err(Command::Pipeline(cmd)) => return crate::pipeline::run(cmd, &config),
        Err(Command::Man { dir }) => return man(dir.as_deref()),
        Err(Command::Bench(cmd)) => return crate::bench::run(cmd, &config),
        Err(Command::Serve(args)) => return crate::serve::run(args, &config),
        Err(Command::Catalog(cmd)) => cmd.request(&config.caller.region)?,
        Err(Command::Cost(reports::CostArgs { forecast: Some(plan), .. })) => {
            let (summary, _) = crate::pipeline::plan(&config, &plan)?;
            let response = api::Response::new(api::Shape::Cost, &summary["Forecast"]);
            let text = output::render(&response, config.format, config.query.as_deref())?;
            return output::write_stdout(text.as_bytes());
        }
        Err(other) => return Err(Error::Other(anyhow::anyhow!("{other:?} is not a service command"))),
    };
    let mut store = config.open()?;
    let outcome = api::call(&mut store.conn, &config.caller, request, config.dry_run)?;
    drop(store);
    // Credentials print as a credentials file unless a format was asked for (serve.md).
    let format = match outcome.response.shape {
        api::Shape::Credentials if !config.explicit_format => output::Format::Text,
        _ => config.format,
    };
    output::print(&outcome.response, format, config.query.as_deref())?;
    if outcome.response.shape == api::Shape::Problems {
        let n = outcome.response.value()["Problems"].as_array().map_or(0, Vec::len);
        if n > 0 {
            return Err(Error::Check(format!("{n} problem(s) found; nothing was changed")));
        }
    }
    match outcome.waiter_failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn init(config: &Config, seed: u64, force: bool, overwrite_foreign: bool) -> Result<(), Error> {
    if config.state.is_dir() {
        return Err(amisim::store::directory(&config.state));
    }
    if config.state.exists() && !force && !overwrite_foreign {
        return Err(Error::Config(format!(
            "state file {} already exists: pass --force to replace it with a new world",
            config.state.display()
        )));
    }
    // A stray --state never destroys someone else's file: --force replaces worlds only.
    if let Some(what) = amisim::store::foreign(&config.state).filter(|_| !overwrite_foreign) {
        return Err(Error::Config(format!(
            "state file {} is not an amisim world ({what}); it was left untouched: --force replaces amisim worlds only, pass --overwrite-foreign to replace this file anyway",
            config.state.display()
        )));
    }
    if !config.explicit_state {
        if let Some(dir) = config.state.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::Other(anyhow::anyhow!("cannot create {}: {e}", dir.display())))?;
        }
    }
    Store::create_at(&config.state, |conn| amisim::catalog::new_world(conn, seed), force || overwrite_foreign)?;
    let value = serde_json::json!({ "StateFile": config.state.display().to_string(), "Seed": seed, "Now": amisim::clock::format(amisim::clock::EPOCH_START) });
    let response = api::Response::record(value);
    output::write_stdout(output::render(&response, config.format, config.query.as_deref())?.as_bytes())
}

/// Man pages from the clap definition: one page, or a directory of them.
fn man(dir: Option<&std::path::Path>) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::Other(anyhow::anyhow!("writing man pages: {e}"));
    let cmd = Cli::command();
    match dir {
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(cmd).render(&mut out).map_err(io)?;
            output::write_stdout(&out)
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(io)?;
            clap_mangen::generate_to(cmd, dir).map_err(io)?;
            let n = std::fs::read_dir(dir).map_err(io)?.count();
            eprintln!("wrote {n} man pages to {}", dir.display());
            Ok(())
        }
    }
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
