//! `amisim pipeline plan|apply FILE`: golden image pipelines (R-LIF-5). A base
//! image is launched, hardened (recorded), imaged, copied to regions, shared with
//! or copied into accounts, and aged out. `plan` runs the same steps on a scratch
//! copy of the world, so what it shows is what `apply` does, and its cost
//! forecast is the cost report of that scratch world.

mod build;
mod engine;
pub mod file;
mod retire;

use crate::output::{self, Format};
use crate::settings::Settings;
use amisim::accounts::DEFAULT_ACCOUNT;
use amisim::api::{self, Caller, Request};
use amisim::error::Error;
use amisim::store::{self, Store};
use clap::{Args, Subcommand};
use engine::{Action, Engine, Refused};
use file::PipelineFile;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum PipelineCmd {
    /// Show what apply would do, the refusals it foresees and the cost forecast; changes nothing
    #[command(
        after_help = "Examples:\n  amisim pipeline plan examples/pipelines/golden-web.yaml\n  amisim pipeline plan golden.yaml --strict -o json"
    )]
    Plan(PlanArgs),
    /// Build, distribute and age out the golden image; running it again changes nothing
    #[command(after_help = "Example:\n  amisim pipeline apply examples/pipelines/golden-web.yaml")]
    Apply(ApplyArgs),
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// The pipeline file (YAML, kind: pipeline)
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// Exit 254 when a refusal is foreseen
    #[arg(long)]
    pub strict: bool,
}

#[derive(Args, Debug)]
pub struct ApplyArgs {
    /// The pipeline file (YAML, kind: pipeline)
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
}

fn load(path: &Path) -> Result<(String, PipelineFile), Error> {
    let text = amisim::world::read_file(path)?;
    let p = file::parse(&text).map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
    Ok((text, p))
}

/// Runs the pipeline on `store`; returns the summary, the actions, and the first refusal.
fn execute(
    store: &mut Store,
    p: &PipelineFile,
    text: &str,
    stop_on_refusal: bool,
    progress: crate::progress::Regions,
) -> Result<(Summary, Vec<Action>, Option<Error>), Error> {
    let mut engine = Engine { progress, store, p, actions: Vec::new(), stop_on_refusal, first_refusal: None };
    let result = engine.run(text);
    engine.progress.finish();
    let summary = match result {
        Ok(v) => v,
        Err(Refused(Error::Check(_))) => Summary::named(&p.name),
        Err(Refused(e)) => return Err(e),
    };
    Ok((summary, engine.actions, engine.first_refusal))
}

/// What a plan or an apply did (or would do), and a plan's cost forecast.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Summary {
    pub pipeline: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Apply: how many actions changed the world.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed: Option<usize>,
    pub actions: Vec<Action>,
    /// Plan: how many actions would be refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusals: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forecast: Option<Forecast>,
}

impl Summary {
    fn named(name: &str) -> Summary {
        Summary { pipeline: name.into(), ..Summary::default() }
    }
}

/// A plan's cost forecast up to the horizon: what the pipeline's own
/// resources (the images, snapshots, instances and transfers it makes) cost,
/// and apart from it the whole world's total over the same time.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Forecast {
    pub currency: &'static str,
    pub from: String,
    pub to: String,
    /// The pipeline's own cost.
    pub total: f64,
    pub by_cause: Vec<api::costs::CauseAmount>,
    /// The pipeline's own resources, one line each.
    pub lines: Vec<api::costs::CostLine>,
    pub by_account: Vec<api::costs::CostLine>,
    /// Everything the world costs over the same time, the pipeline included.
    pub world_total: f64,
}

/// The plan: the same steps on a scratch copy of the world, then its cost forecast.
pub fn plan(config: &Settings, path: &Path) -> Result<(Summary, Option<Error>), Error> {
    let (text, p) = load(path)?;
    let real = config.open()?;
    let tmp = tempfile::tempdir().map_err(|e| Error::Other(anyhow::anyhow!("temporary directory: {e}")))?;
    let scratch_path = tmp.path().join("plan.db");
    store::copy_world(&real.conn, &scratch_path)?;
    drop(real);
    let mut scratch = amisim::world::open_existing(&scratch_path)?;
    let start = store::world(&scratch.conn)?.map(|w| w.now).unwrap_or(0);
    // What already bills before the plan runs is the world's, not the pipeline's.
    let before: std::collections::HashSet<String> =
        store::ledger_rows(&scratch.conn, None, i64::MIN, i64::MAX)?.into_iter().map(|r| r.resource_id).collect();
    // The scratch world is throw-away: one transaction for the whole plan.
    scratch.begin_batch()?;
    let (mut summary, mut actions, first_refusal) =
        execute(&mut scratch, &p, &text, false, crate::progress::Regions::new(false))?;
    for a in actions.iter_mut().filter(|a| a.outcome == "done") {
        a.outcome = "planned".into();
    }
    let horizon = p.forecast.as_deref().and_then(amisim::clock::parse_duration).unwrap_or(30 * amisim::clock::DAY);
    let end = start + horizon;
    let now = store::world(&scratch.conn)?.map(|w| w.now).unwrap_or(0);
    let caller = Caller::new(DEFAULT_ACCOUNT.into(), "us-east-1".into());
    if end > now {
        api::call(&mut scratch.conn, &caller, Request::AdvanceClock(end - now), false)?;
    }
    let cost = api::costs::GetCost {
        all_accounts: true,
        by: api::costs::GroupBy::Resource,
        since: Some(amisim::clock::format(start)),
        until: Some(amisim::clock::format(end.max(now))),
    };
    let cost = api::call(&mut scratch.conn, &caller, Request::GetCost(cost), false)?.response;
    summary.refusals = Some(actions.iter().filter(|a| a.outcome == "refused").count());
    summary.actions = actions;
    summary.forecast = cost.output::<api::costs::CostReport>().map(|r| {
        let lines: Vec<api::costs::CostLine> =
            r.lines.iter().filter(|l| l.resource_id.as_ref().is_some_and(|id| !before.contains(id))).cloned().collect();
        let mut by_cause: Vec<api::costs::CauseAmount> = Vec::new();
        let mut by_account: Vec<api::costs::CostLine> = Vec::new();
        for l in &lines {
            let cause = l.cause.clone().unwrap_or_default();
            match by_cause.iter_mut().find(|c| c.cause == cause) {
                Some(c) => c.amount += l.amount,
                None => by_cause.push(api::costs::CauseAmount { cause, amount: l.amount }),
            }
            match by_account.iter_mut().find(|a| a.account_id == l.account_id) {
                Some(a) => a.amount += l.amount,
                None => by_account.push(api::costs::CostLine {
                    account_id: l.account_id.clone(),
                    region: None,
                    cause: None,
                    resource_id: None,
                    quantity: None,
                    unit: None,
                    amount: l.amount,
                }),
            }
        }
        Forecast {
            currency: r.currency,
            from: r.from.clone(),
            to: r.to.clone(),
            total: lines.iter().map(|l| l.amount).sum(),
            by_cause,
            lines,
            by_account,
            world_total: r.total,
        }
    });
    Ok((summary, first_refusal))
}

pub fn run(cmd: PipelineCmd, config: &Settings) -> Result<(), Error> {
    match cmd {
        PipelineCmd::Plan(a) => {
            let (summary, first_refusal) = plan(config, &a.file)?;
            print(config, &summary)?;
            match first_refusal {
                Some(e) if a.strict => Err(e),
                _ => Ok(()),
            }
        }
        PipelineCmd::Apply(a) => {
            let (text, p) = load(&a.file)?;
            let mut store = config.open()?;
            let machine = config.explicit_format && matches!(config.format, Format::Json | Format::Yaml);
            let progress = crate::progress::Regions::new(crate::progress::enabled(machine));
            let (mut summary, actions, refusal) = execute(&mut store, &p, &text, true, progress)?;
            summary.changed = Some(actions.iter().filter(|a| a.outcome == "done").count());
            summary.actions = actions;
            print(config, &summary)?;
            match refusal {
                Some(e) => Err(e),
                None => Ok(()),
            }
        }
    }
}

fn print(config: &Settings, summary: &Summary) -> Result<(), Error> {
    // Like every other command: a table on a terminal, JSON when piped.
    let human = matches!(config.format, Format::Table | Format::Text);
    if human && config.query.is_none() {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        let mut out = format!(
            "pipeline {} (revision {}) from base {} → image {}\n",
            summary.pipeline,
            s(&summary.revision),
            s(&summary.base_image),
            s(&summary.image_name)
        );
        for a in &summary.actions {
            let outcome = match a.outcome.as_str() {
                "refused" => format!("REFUSED {}: {}", s(&a.code), s(&a.message)),
                o => o.to_string(),
            };
            out.push_str(&format!(
                "  {:<18} {:<13} {:<15} {:<40} {}\n",
                a.action, a.account, a.region, a.target, outcome
            ));
        }
        if let Some(f) = &summary.forecast {
            out.push_str(&format!("cost forecast {} → {}, this pipeline's resources:\n", f.from, f.to));
            for l in &f.by_account {
                out.push_str(&format!("  {}  ${:.2}\n", l.account_id, l.amount));
            }
            out.push_str(&format!("  total         ${:.2}\n", f.total));
            out.push_str(&format!("the whole world over the same time: ${:.2}\n", f.world_total));
        }
        if let Some(c) = summary.changed {
            out.push_str(&format!("{c} change(s)\n"));
        }
        return output::write_stdout(out.as_bytes());
    }
    let response = api::Response::typed(api::Shape::Record, summary.clone());
    output::write_stdout(output::render(&response, config.format, config.query.as_deref())?.as_bytes())
}
