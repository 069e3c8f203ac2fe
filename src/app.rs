//! The program: parse the command line, resolve settings, run the command
//! (a service request through `api::call`, or a feature: serve, bench, drills,
//! pipelines), print, and decide the exit code. `cli` only defines and parses
//! the command line; the features never import it (drills parse their steps
//! as command lines, and that is all).

use crate::cli::{self, reports, Cli, Command};
use crate::output;
use crate::settings::Settings;
use amisim::api;
use amisim::error::Error;

use std::ffi::OsString;

/// Runs a command line and returns the process exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    let parsed = cli::command().try_get_matches_from(args).and_then(|m| {
        let mut cli = <Cli as clap::FromArgMatches>::from_arg_matches(&m)?;
        cli.global.dry_run |= cli::dry_run_given(&m);
        Ok(cli)
    });
    let cli = match parsed {
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
            cli::report(&e);
            e.exit_code()
        }
    }
}

fn execute(cli: Cli) -> Result<(), Error> {
    let config = cli::settings(&cli.global)?;
    let request = match cli::service_request(cli.command)? {
        Ok(request) => request,
        Err(Command::Init { seed, force, overwrite_foreign }) => return init(&config, seed, force, overwrite_foreign),
        Err(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cli::command(), "amisim", &mut out);
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
            let response = api::Response::new(api::Shape::Cost, &summary.forecast);
            let text = output::render(&response, config.format, config.query.as_deref())?;
            return output::write_stdout(text.as_bytes());
        }
        Err(other) => return Err(Error::Other(anyhow::anyhow!("{other:?} is not a service command"))),
    };
    let mut store = config.open()?;
    let outcome = api::call(&mut store.conn, &config.caller, request, config.dry_run)?;
    drop(store);
    // Credentials print as a credentials file unless a format was asked for (README, "Use your real tools").
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

fn init(config: &Settings, seed: u64, force: bool, overwrite_foreign: bool) -> Result<(), Error> {
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
    amisim::world::create(&config.state, seed, force || overwrite_foreign)?;
    let value = serde_json::json!({ "StateFile": config.state.display().to_string(), "Seed": seed, "Now": amisim::clock::format(amisim::clock::EPOCH_START) });
    let response = api::Response::record(value);
    output::write_stdout(output::render(&response, config.format, config.query.as_deref())?.as_bytes())
}

/// Man pages from the clap definition: one page, or a directory of them.
fn man(dir: Option<&std::path::Path>) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::Other(anyhow::anyhow!("writing man pages: {e}"));
    let cmd = cli::command();
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
