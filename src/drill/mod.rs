//! `amisim drill run FILE…`: provisioning drills. Each step is an amisim command
//! line, parsed by the same clap definition and run in-process on the drill's own
//! fresh world, with expectations, captured variables and failure injection.

mod expect;
pub mod file;
mod junit;

use expect::check;

use crate::cli::{self, Cli, Command};
use crate::output::{self, Format};
use crate::settings::Settings;
use amisim::accounts::DEFAULT_ACCOUNT;
use amisim::api::{self, Caller, Request};
use amisim::error::Error;
use amisim::store::Store;
use clap::parser::ValueSource;
use clap::{Args, FromArgMatches, Subcommand};
use file::{Check, DrillFile, Expect, Inject, Step, Test};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum DrillCmd {
    /// Run drill files, each on a fresh world
    #[command(after_help = "Examples:
  amisim drill run examples/drills/*.yaml
  amisim drill run examples/drills/failure.yaml --junit report.xml
  amisim drill run my-drill.yaml --keep-state drill.db")]
    Run(RunArgs),
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Drill files (YAML, `kind: drill`)
    #[arg(value_name = "FILE", required = true, value_hint = clap::ValueHint::FilePath)]
    pub files: Vec<PathBuf>,
    /// Write a JUnit XML report for CI systems
    #[arg(long, value_name = "OUT")]
    pub junit: Option<PathBuf>,
    /// Keep the drill's world in this state file (one drill file only)
    #[arg(long, value_name = "PATH")]
    pub keep_state: Option<PathBuf>,
}

/// The outcome of one step.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StepResult {
    pub step: usize,
    pub name: String,
    pub passed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DrillResult {
    pub file: String,
    pub name: String,
    pub steps: Vec<StepResult>,
}

/// What a step produced: a value, or an error code and message.
enum Produced {
    Value(Value),
    Error { code: String, message: String },
}

/// One drill's running state: its world, variables and injected failures.
pub struct Runner {
    store: Store,
    vars: HashMap<String, String>,
    slow: HashMap<String, u32>,
}

/// Replaces `${NAME}` with saved values.
fn substitute(run: &str, vars: &HashMap<String, String>) -> Result<String, String> {
    let mut text = String::new();
    let mut rest = run;
    while let Some(i) = rest.find("${") {
        text.push_str(&rest[..i]);
        let end = rest[i..].find('}').ok_or_else(|| format!("unclosed ${{ in {run:?}"))?;
        let name = &rest[i + 2..i + end];
        let value =
            vars.get(name).ok_or_else(|| format!("undefined variable ${{{name}}} (no earlier step saved it)"))?;
        text.push_str(value);
        rest = &rest[i + end + 1..];
    }
    text.push_str(rest);
    Ok(text)
}

fn words_of(run: &str, vars: &HashMap<String, String>) -> Result<Vec<String>, String> {
    let text = substitute(run, vars)?;
    shell_words::split(&text).map_err(|e| format!("cannot split {text:?}: {e}"))
}

/// The expectation with `${NAME}` replaced in queries and string values.
fn expect_with(expect: &Expect, vars: &HashMap<String, String>) -> Result<Expect, String> {
    let value = |v: &Value| -> Result<Value, String> {
        match v {
            Value::String(s) => Ok(Value::String(substitute(s, vars)?)),
            other => Ok(other.clone()),
        }
    };
    Ok(match expect {
        Expect::Checks(checks) => Expect::Checks(
            checks
                .iter()
                .map(|c| {
                    let test = match &c.test {
                        Test::Equals(v) => Test::Equals(value(v)?),
                        Test::Contains(v) => Test::Contains(value(v)?),
                    };
                    Ok(Check { query: substitute(&c.query, vars)?, test })
                })
                .collect::<Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

/// Parses a step's words as the CLI would, with the drill's account and region
/// unless the words name their own (the user's environment never leaks in).
fn parse_step(
    words: &[String],
    account: &str,
    region: &str,
) -> Result<(Request, Caller, bool, Option<String>), Produced> {
    let argv = std::iter::once("amisim".to_string()).chain(words.iter().cloned());
    let usage = |e: String| Produced::Error { code: "Usage".into(), message: e };
    let matches = cli::command()
        .try_get_matches_from(argv)
        // The whole usage error: what is missing is on the lines after the first.
        .map_err(|e| usage(e.render().to_string().trim_end().to_string()))?;
    let from_words = |id: &str| matches.value_source(id) == Some(ValueSource::CommandLine);
    let (own_account, own_region) = (from_words("account"), from_words("region"));
    let cli = Cli::from_arg_matches(&matches).map_err(|e| usage(e.to_string()))?;
    let caller = Caller::new(
        if own_account { cli.global.account.clone().unwrap_or_default() } else { account.to_string() },
        if own_region { cli.global.region.clone().unwrap_or_default() } else { region.to_string() },
    );
    if !amisim::regions::is_region(&caller.region) {
        return Err(Produced::Error {
            code: "Configuration".into(),
            message: amisim::regions::unknown(&caller.region),
        });
    }
    let (dry_run, query) = (cli.global.dry_run || cli::dry_run_given(&matches), cli.global.query.clone());
    match cli::service_request(cli.command) {
        Ok(Ok(request)) => Ok((request, caller, dry_run, query)),
        Ok(Err(Command::Drill(_))) | Ok(Err(_)) => {
            Err(usage("only service commands run in a drill step (not init, completions, drill)".into()))
        }
        Err(e) => Err(Produced::Error { code: "Configuration".into(), message: e.to_string() }),
    }
}

impl Runner {
    /// A fresh world at `path` (replaced if it exists).
    pub fn new(path: &Path, seed: u64) -> Result<Runner, Error> {
        amisim::world::create(path, seed, true)?;
        Ok(Runner { store: amisim::world::open_existing(path)?, vars: HashMap::new(), slow: HashMap::new() })
    }

    /// Runs one service request as `account` in `region`.
    fn call(&mut self, request: Request, account: &str, region: &str, dry_run: bool) -> Produced {
        let caller = Caller::new(account.to_string(), region.to_string());
        self.call_as(request, &caller, dry_run)
    }

    fn call_as(&mut self, request: Request, caller: &Caller, dry_run: bool) -> Produced {
        match api::call(&mut self.store.conn, caller, request, dry_run) {
            Ok(outcome) => match outcome.waiter_failure {
                Some(e) => Produced::Error { code: "WaiterFailed".into(), message: e.to_string() },
                None => Produced::Value(outcome.response.into_value()),
            },
            Err(Error::Api { error, .. }) => {
                Produced::Error { code: error.code.as_str().into(), message: error.message }
            }
            Err(Error::Config(m)) => Produced::Error { code: "Configuration".into(), message: m },
            Err(e) => Produced::Error { code: "Internal".into(), message: e.to_string() },
        }
    }

    /// Runs the setup section; the first failure is reported.
    pub fn setup(&mut self, d: &DrillFile) -> Result<(), String> {
        let s = &d.setup;
        let failed = |what: String, p: Produced| match p {
            Produced::Error { code, message } => Err(format!("setup {what}: {code}: {message}")),
            Produced::Value(_) => Ok(()),
        };
        for a in &s.accounts {
            let r =
                Request::CreateAccount(api::accounts::CreateAccount { id: Some(a.id.clone()), name: a.name.clone() });
            let p = self.call(r, DEFAULT_ACCOUNT, "us-east-1", false);
            failed(format!("account {}", a.id), p)?;
        }
        for k in &s.keys {
            let account = k.account.as_deref().unwrap_or(DEFAULT_ACCOUNT);
            let region = k.region.as_deref().unwrap_or("us-east-1");
            let p =
                self.call(Request::CreateKey(api::keys::CreateKey { alias: k.alias.clone() }), account, region, false);
            failed(format!("key {}", k.alias), p)?;
            for g in &k.grant {
                let alias = if k.alias.starts_with("alias/") { k.alias.clone() } else { format!("alias/{}", k.alias) };
                let r = Request::grant_key(api::keys::GrantKey { key: alias, grantee: g.clone(), revoke: false });
                let p = self.call(r, account, region, false);
                failed(format!("grant of {} to {g}", k.alias), p)?;
            }
        }
        for b in &s.block_public_access {
            let account = b.account.as_deref().unwrap_or(DEFAULT_ACCOUNT);
            let region = b.region.as_deref().unwrap_or("us-east-1");
            let p = self.call(Request::block_public_access(b.state == file::OnOff::On), account, region, false);
            failed(format!("block public access for {account} in {region}"), p)?;
        }
        for sub in &s.subscriptions {
            let code = if sub.product == "catalog" {
                amisim::store::products(&self.store.conn, &sub.account)
                    .map_err(|e| e.to_string())?
                    .into_iter()
                    .next()
                    .map(|p| p.product_code_id)
                    .unwrap_or_default()
            } else {
                sub.product.clone()
            };
            let p = self.call(Request::Subscribe(code), &sub.account, "us-east-1", false);
            failed(format!("subscription of {}", sub.account), p)?;
        }
        if let Some(c) = &s.clock {
            let now = amisim::store::world(&self.store.conn).map_err(|e| e.to_string())?.map(|w| w.now).unwrap_or(0);
            let by = match (amisim::clock::parse_duration(c), amisim::clock::parse(c)) {
                (Some(d), _) => d,
                (None, Some(t)) if t >= now => t - now,
                _ => return Err(format!("setup clock: {c:?} is neither a duration (30d) nor a future RFC 3339 time")),
            };
            let p = self.call(Request::AdvanceClock(by), DEFAULT_ACCOUNT, "us-east-1", false);
            failed("clock".into(), p)?;
        }
        Ok(())
    }

    /// Runs one step and checks it; returns the failure, if any.
    pub fn step(&mut self, step: &Step) -> Result<(), String> {
        let account = step.as_account.clone().unwrap_or_else(|| DEFAULT_ACCOUNT.to_string());
        let region = step.region.clone().unwrap_or_else(|| "us-east-1".to_string());
        match &step.inject {
            Some(Inject::Slow { region, factor }) => {
                self.slow.insert(region.clone(), *factor);
            }
            Some(Inject::RevokeKey { key, grantee }) => {
                let r = Request::grant_key(api::keys::GrantKey {
                    key: key.clone(),
                    grantee: grantee.clone(),
                    revoke: true,
                });
                if let Produced::Error { code, message } = self.call(r, &account, &region, false) {
                    return Err(format!("inject revoke-key: {code}: {message}"));
                }
            }
            _ => {}
        }
        let Some(run) = &step.run else { return Ok(()) };
        let words = words_of(run, &self.vars)?;
        let produced = match parse_step(&words, &account, &region) {
            Err(p) => p,
            Ok((mut request, caller, dry_run, query)) => {
                if let Request::CopyImage(c) = &mut request {
                    c.fail |= step.inject == Some(Inject::CopyFails);
                    c.slowdown = self.slow.get(&caller.region).copied();
                }
                match self.call_as(request, &caller, dry_run) {
                    Produced::Value(v) => match query {
                        Some(q) => match output::query(&v, &q) {
                            Ok(v) => Produced::Value(v),
                            Err(e) => Produced::Error { code: "Usage".into(), message: e.to_string() },
                        },
                        None => Produced::Value(v),
                    },
                    err => err,
                }
            }
        };
        check(&expect_with(&step.expect, &self.vars)?, &produced)?;
        if let Produced::Value(v) = &produced {
            for save in &step.save {
                let found = output::query(v, &save.query).map_err(|e| format!("save {}: {e}", save.name))?;
                let text = match found {
                    Value::Null => {
                        return Err(format!("save {}: `{}` found nothing in the output", save.name, save.query))
                    }
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                self.vars.insert(save.name.clone(), text);
            }
        }
        Ok(())
    }
}

fn step_label(n: usize, s: &Step) -> String {
    match (&s.name, &s.run, &s.inject) {
        (Some(name), _, _) => name.clone(),
        (None, Some(run), _) => run.clone(),
        (None, None, Some(i)) => format!("inject {i:?}"),
        _ => format!("step {n}"),
    }
}

/// Runs one drill file on a fresh world.
pub fn run_drill(
    path: &Path,
    d: &DrillFile,
    state: &Path,
    mut progress: impl FnMut(&StepResult),
) -> Result<DrillResult, Error> {
    let mut runner = Runner::new(state, d.setup.seed.unwrap_or(0))?;
    // The drill's world is its own: its steps share one transaction, each step a
    // savepoint inside it (atomic as ever), so a drill pays for one commit.
    runner.store.begin_batch()?;
    let mut steps = Vec::new();
    let mut record = |r: StepResult, steps: &mut Vec<StepResult>| {
        progress(&r);
        steps.push(r);
    };
    if let Err(e) = runner.setup(d) {
        record(StepResult { step: 0, name: "setup".into(), passed: false, detail: Some(e) }, &mut steps);
    }
    for (i, s) in d.steps.iter().enumerate() {
        let result = runner.step(s);
        let r = StepResult { step: i + 1, name: step_label(i + 1, s), passed: result.is_ok(), detail: result.err() };
        record(r, &mut steps);
    }
    runner.store.commit_batch()?;
    Ok(DrillResult { file: path.display().to_string(), name: d.name.clone(), steps })
}

/// Reads and checks every file first, so a typo stops nothing half-way.
pub fn load(files: &[PathBuf]) -> Result<Vec<(PathBuf, DrillFile)>, Error> {
    files
        .iter()
        .map(|f| {
            let text = amisim::world::read_file(f)?;
            file::parse(&text).map(|d| (f.clone(), d)).map_err(|e| Error::Config(format!("{}: {e}", f.display())))
        })
        .collect()
}

pub fn run(args: RunArgs, config: &Settings) -> Result<(), Error> {
    if args.keep_state.is_some() && args.files.len() > 1 {
        return Err(Error::Usage("--keep-state takes one drill file".into()));
    }
    let drills = load(&args.files)?;
    // People and CI logs get one line per step; JSON or YAML only when asked for.
    let human = !config.explicit_format || matches!(config.format, Format::Table | Format::Text);
    let tty = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let tmp = tempfile::tempdir().map_err(|e| Error::Other(anyhow::anyhow!("temporary directory: {e}")))?;
    let mut results = Vec::new();
    for (n, (path, d)) in drills.iter().enumerate() {
        let state = args.keep_state.clone().unwrap_or_else(|| tmp.path().join(format!("drill-{n}.db")));
        if human {
            output::write_stdout(format!("drill {} ({})\n", d.name, path.display()).as_bytes())?;
        }
        let r = run_drill(path, d, &state, |s| {
            if human {
                let (mark, colour) = if s.passed { ("✓", "\x1b[32m") } else { ("✗", "\x1b[31m") };
                let mark = if tty { format!("{colour}{mark}\x1b[0m") } else { mark.to_string() };
                let mut line = format!("  {mark} {:>2}. {}\n", s.step, s.name);
                if let Some(d) = &s.detail {
                    for l in d.lines() {
                        line.push_str(&if l.is_empty() { "\n".to_string() } else { format!("        {l}\n") });
                    }
                }
                let _ = output::write_stdout(line.as_bytes());
            }
        })?;
        results.push(r);
    }
    let passed = results.iter().flat_map(|r| &r.steps).filter(|s| s.passed).count();
    let failed = results.iter().flat_map(|r| &r.steps).filter(|s| !s.passed).count();
    if let Some(out) = &args.junit {
        std::fs::write(out, junit::render(&results))
            .map_err(|e| Error::Other(anyhow::anyhow!("{}: {e}", out.display())))?;
    }
    if human {
        output::write_stdout(format!("{passed} passed, {failed} failed\n").as_bytes())?;
    } else {
        let value = json!({ "Drills": results, "Passed": passed, "Failed": failed });
        let response = api::Response::record(value);
        output::write_stdout(output::render(&response, config.format, config.query.as_deref())?.as_bytes())?;
    }
    if failed > 0 {
        return Err(Error::Check(format!("{failed} drill step(s) failed")));
    }
    Ok(())
}
