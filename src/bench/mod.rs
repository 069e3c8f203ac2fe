//! `amisim bench seed|run`: fill a world, and measure the core operations as whole
//! processes (against a `sqlite3` process doing one query on the same file) and
//! in-process. Timing lives here, never in tests.

use crate::output::{self, Format};
use crate::settings::Settings;
use amisim::api::{self, Caller, Request};
use amisim::error::Error;
use amisim::seed::{self, SeedOptions};
use amisim::store::Store;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
mod serve;

use std::path::Path;
use std::process::Command as Process;
use std::time::Instant;

#[derive(Subcommand, Debug)]
pub enum BenchCmd {
    /// Fill the state file with a realistic world of N images
    #[command(
        after_help = "Examples:\n  amisim bench seed --images 100000 --state big.db\n  amisim bench seed --images 1000000 --accounts 10 --regions 8 --state huge.db"
    )]
    Seed(SeedArgs),
    /// Measure every core operation at several world sizes (release build recommended)
    #[command(
        after_help = "Examples:\n  amisim bench run --sizes 1000,10000\n  cargo run --release -- bench run --sizes 1000,100000 -o json"
    )]
    Run(RunArgs),
    /// Drive `amisim serve` over real HTTP with keep-alive connections at several world sizes
    #[command(
        after_help = "Examples:\n  amisim bench serve --sizes 1000,10000,100000\n  cargo run --release -- bench serve --sizes 100000 --connections 8 -o json"
    )]
    Serve(serve::ServeBenchArgs),
}

#[derive(Args, Debug)]
pub struct SeedArgs {
    /// How many images to add
    #[arg(long)]
    pub images: u64,
    /// Over how many accounts
    #[arg(long, default_value_t = 3)]
    pub accounts: usize,
    /// Over how many regions
    #[arg(long, default_value_t = 4)]
    pub regions: usize,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// World sizes, in images
    #[arg(long, value_delimiter = ',', default_value = "1000,10000,100000")]
    pub sizes: Vec<u64>,
    /// Whole-process runs per operation
    #[arg(long, default_value_t = 30)]
    pub runs: usize,
    /// In-process iterations of the create→copy→share→launch→describe drill
    #[arg(long, default_value_t = 2000)]
    pub iterations: usize,
}

fn seed_into(
    path: &Path,
    images: u64,
    accounts: usize,
    regions: usize,
    progress_on: bool,
) -> Result<(seed::SeedReport, f64), Error> {
    let mut store = amisim::world::open_or_create(path, false)?;
    let bar = crate::progress::bar(images, "seeding", progress_on);
    let start = Instant::now();
    let report =
        seed::seed(&mut store.conn, &SeedOptions { images, accounts, regions }, |done| bar.set_position(done))?;
    bar.finish_and_clear();
    Ok((report, start.elapsed().as_secs_f64()))
}

pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Runs a process to completion; returns its wall time (ms) and peak RSS (MiB).
fn run_measured(mut p: Process) -> Result<(f64, f64), Error> {
    let start = Instant::now();
    let mut child = p
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot run benchmark process: {e}")))?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 fills `status` and `usage` for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    if rc != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        let mut err = String::new();
        if let Some(e) = child.stderr.as_mut() {
            let _ = std::io::Read::read_to_string(e, &mut err);
        }
        return Err(Error::Other(anyhow::anyhow!("benchmark command failed: {}", err.lines().next().unwrap_or(""))));
    }
    Ok((ms, usage.ru_maxrss as f64 / 1024.0))
}

/// Median and p99 wall time (ms), and the peak RSS (MiB), of `runs` processes.
fn time_process(mut make: impl FnMut(usize) -> Process, runs: usize) -> Result<(f64, f64, f64), Error> {
    let mut times = Vec::with_capacity(runs);
    let mut peak: f64 = 0.0;
    for k in 0..runs {
        let (ms, rss) = run_measured(make(k))?;
        times.push(ms);
        peak = peak.max(rss);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    Ok((percentile(&times, 0.5), percentile(&times, 0.99), peak))
}

/// Rounds of the in-process drill per variant; the median is reported, since one
/// round on a shared machine can be thrown by a neighbour's disk or CPU.
const ROUNDS: usize = 5;

/// Median operations per second over `ROUNDS` rounds of `in_process`.
fn in_process_median(path: &Path, iterations: usize, batched: bool) -> Result<(f64, Vec<f64>), Error> {
    let mut rounds = (0..ROUNDS).map(|r| in_process(path, iterations, batched, r)).collect::<Result<Vec<_>, _>>()?;
    let all = rounds.clone();
    rounds.sort_by(|a, b| a.total_cmp(b));
    Ok((rounds[ROUNDS / 2], all))
}

/// Operations per second of the create→copy→share→launch→describe drill,
/// in-process: each call its own transaction (`batched` false), or savepoints
/// inside one transaction per 500 iterations, as `drill run` does.
fn in_process(path: &Path, iterations: usize, batched: bool, round: usize) -> Result<f64, Error> {
    let mut store = amisim::world::open_existing(path)?;
    let tag = format!("{}{round}", if batched { "b" } else { "u" });
    let caller = Caller::new(amisim::accounts::DEFAULT_ACCOUNT.into(), "us-east-1".into());
    let eu = Caller::new(caller.account.clone(), "eu-west-1".into());
    // Images must be available to copy and launch: make the sources first, then settle.
    let mut sources = Vec::with_capacity(iterations);
    for i in 0..iterations {
        let r = Request::create_image(api::create::CreateImage {
            name: format!("inproc-{tag}-src-{i}"),
            ..Default::default()
        });
        sources.push(
            api::call(&mut store.conn, &caller, r, false)?
                .response
                .output::<api::output::ImageId>()
                .map(|o| o.image_id.clone())
                .unwrap_or_default(),
        );
    }
    api::call(&mut store.conn, &caller, Request::AdvanceClock(86_400), false)?;
    let start = Instant::now();
    let mut ops = 0u64;
    for (i, src) in sources.iter().enumerate() {
        if batched && i % 500 == 0 {
            store.commit_batch()?;
            store.begin_batch()?;
        }
        let create =
            Request::create_image(api::create::CreateImage { name: format!("inproc-{tag}-{i}"), ..Default::default() });
        api::call(&mut store.conn, &caller, create, false)?;
        let copy = Request::CopyImage(api::copy::CopyImage {
            source_image_id: src.clone(),
            source_region: "us-east-1".into(),
            name: format!("inproc-{tag}-copy-{i}"),
            ..Default::default()
        });
        api::call(&mut store.conn, &eu, copy, false)?;
        let share = Request::share_image(api::share::ShareImage {
            image_id: src.clone(),
            add: vec!["222233334444".into()],
            ..Default::default()
        });
        api::call(&mut store.conn, &caller, share, false)?;
        let launch =
            Request::RunInstances(api::launch::RunInstances { image_id: src.clone(), count: 1, ..Default::default() });
        api::call(&mut store.conn, &caller, launch, false)?;
        let describe = Request::DescribeImages(api::describe::DescribeImages {
            image_ids: vec![src.clone()],
            ..Default::default()
        });
        api::call(&mut store.conn, &caller, describe, false)?;
        ops += 5;
    }
    store.commit_batch()?;
    Ok(ops as f64 / start.elapsed().as_secs_f64())
}

/// Whole-process figures of one world size; the in-process ones come later (see `run`).
fn run_size(images: u64, args: &RunArgs, progress_on: bool, dir: &Path) -> Result<Value, Error> {
    let path = dir.join("bench.db");
    let _ = progress_on;
    let exe = current_exe()?;
    let seed_secs = seed_child(&exe, &path, images)?;
    let (sample_id, sample_name) = sample_image(&exe, &path)?;
    let prefix: String = sample_name.chars().take(sample_name.len().saturating_sub(2)).collect();
    let amisim = |args: Vec<String>| {
        let mut p = Process::new(&exe);
        p.env("AMISIM_STATE", &path).env("AMISIM_NO_PROGRESS", "1").arg("-o").arg("json").args(args);
        p
    };
    let s = |x: &str| x.to_string();
    let runs = args.runs;
    let mut ops: Vec<(String, (f64, f64, f64))> = Vec::new();
    ops.push((
        s("create"),
        time_process(|k| amisim(vec![s("create"), s("--name"), format!("bench-create-{k}")]), runs)?,
    ));
    ops.push((
        s("copy cross-region"),
        time_process(
            |k| {
                amisim(vec![
                    s("copy"),
                    s("--source-image-id"),
                    sample_id.clone(),
                    s("--source-region"),
                    s("us-east-1"),
                    s("--region"),
                    s("eu-west-1"),
                    s("--name"),
                    format!("bench-copy-{k}"),
                ])
            },
            runs,
        )?,
    ));
    ops.push((
        s("share"),
        time_process(
            |k| {
                let verb = if k % 2 == 0 { "--add" } else { "--remove" };
                amisim(vec![s("share"), sample_id.clone(), s(verb), s("333344445555")])
            },
            runs,
        )?,
    ));
    ops.push((s("launch"), time_process(|_| amisim(vec![s("launch"), sample_id.clone()]), runs)?));
    ops.push((s("describe by ID"), time_process(|_| amisim(vec![s("describe"), sample_id.clone()]), runs)?));
    // `describe --owners self` narrowed by a name filter.
    let by_name = |pattern: String| amisim(vec![s("describe"), s("--owners"), s("self"), s("--filter"), pattern]);
    ops.push((s("describe by name"), time_process(|_| by_name(format!("Name=name,Values={sample_name}")), runs)?));
    ops.push((s("describe name prefix"), time_process(|_| by_name(format!("Name=name,Values={prefix}*")), runs)?));
    ops.push((
        s("describe --owners self"),
        time_process(|_| amisim(vec![s("describe"), s("--owners"), s("self")]), runs.min(5))?,
    ));
    ops.push((
        s("deregister"),
        time_process(|k| amisim(vec![s("deregister"), s("--query"), s("Return"), lookup_created(&path, k)]), runs)?,
    ));
    let sqlite = time_process(
        |_| {
            let mut p = Process::new("sqlite3");
            p.arg(&path).arg(format!("SELECT image_id, name FROM images WHERE image_id = '{sample_id}';"));
            p
        },
        runs,
    )
    .ok();
    let rss = ops.iter().map(|(_, t)| t.2).fold(0.0, f64::max);
    let base = sqlite.map(|s| s.0);
    let rows: Vec<Value> = ops
        .into_iter()
        .map(|(op, (median, p99, rss))| {
            json!({ "Operation": op, "MedianMs": median, "P99Ms": p99, "RatioToSqlite3": base.map(|b| median / b), "PeakRssMiB": rss })
        })
        .collect();
    Ok(json!({
        "Images": images, "SeedSeconds": seed_secs, "Sqlite3MedianMs": base,
        "Operations": rows, "PeakRssMiB": rss,
    }))
}

fn current_exe() -> Result<std::path::PathBuf, Error> {
    std::env::current_exe().map_err(|e| Error::Other(anyhow::anyhow!("current executable: {e}")))
}

/// Seeds a world of `images` in a child process, so this one stays small and the
/// children's peak memory (which on Linux starts from the parent's) is their own.
/// Returns the seeding time in seconds.
fn seed_child(exe: &Path, path: &Path, images: u64) -> Result<f64, Error> {
    let seeded = Process::new(exe)
        .env("AMISIM_NO_PROGRESS", "1")
        .args(["-o", "json", "bench", "seed", "--accounts", "3", "--regions", "4", "--images"])
        .arg(images.to_string())
        .arg("--state")
        .arg(path)
        .output()
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot run the seeding process: {e}")))?;
    if !seeded.status.success() {
        return Err(Error::Other(anyhow::anyhow!("seeding failed: {}", String::from_utf8_lossy(&seeded.stderr))));
    }
    Ok(serde_json::from_slice::<Value>(&seeded.stdout).ok().and_then(|v| v["Seconds"].as_f64()).unwrap_or(0.0))
}

/// An available image of the default account (ID, name), found by a child process.
fn sample_image(exe: &Path, path: &Path) -> Result<(String, String), Error> {
    let found = Process::new(exe)
        .env("AMISIM_STATE", path)
        .args(["-o", "json", "describe", "--owners", "self", "--query", "Images[?State=='available'] | [0]"])
        .output()
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot run describe: {e}")))?;
    let sample: Value = serde_json::from_slice(&found.stdout).unwrap_or_default();
    Ok((
        sample["ImageId"].as_str().unwrap_or_default().to_string(),
        sample["Name"].as_str().unwrap_or_default().to_string(),
    ))
}

/// The image the k-th `create` run made (to deregister it).
fn lookup_created(path: &Path, k: usize) -> String {
    Store::open_read_only(path)
        .ok()
        .and_then(|s| {
            amisim::store::image_named(
                &s.conn,
                amisim::accounts::DEFAULT_ACCOUNT,
                "us-east-1",
                &format!("bench-create-{k}"),
            )
            .ok()
            .flatten()
        })
        .unwrap_or_else(|| "ami-00000000000000000".into())
}

pub fn run(cmd: BenchCmd, config: &Settings) -> Result<(), Error> {
    let machine = matches!(config.format, Format::Json | Format::Yaml) && config.explicit_format;
    let progress_on = crate::progress::enabled(machine);
    let value = match cmd {
        BenchCmd::Seed(a) => {
            if !config.explicit_state {
                config.open()?;
            }
            let (r, secs) = seed_into(&config.state, a.images, a.accounts, a.regions, progress_on)?;
            json!({ "Images": r.images, "Copies": r.copies, "Shared": r.shared, "Encrypted": r.encrypted,
                    "Deprecated": r.deprecated, "Instances": r.instances, "Seconds": secs })
        }
        BenchCmd::Serve(a) => return serve::run(a, config),
        BenchCmd::Run(a) => {
            // Every whole-process figure first: on Linux a child's peak memory starts
            // from this process's, which the in-process runs make grow.
            let mut sizes = Vec::new();
            let mut dirs = Vec::new();
            for &n in &a.sizes {
                let dir = tempfile::tempdir().map_err(|e| Error::Other(anyhow::anyhow!("temporary directory: {e}")))?;
                sizes.push(run_size(n, &a, progress_on, dir.path())?);
                dirs.push(dir);
            }
            for (size, dir) in sizes.iter_mut().zip(&dirs) {
                let path = dir.path().join("bench.db");
                // Flush what earlier phases left dirty (a 100k seed writes ~90 MB), so its
                // writeback does not land on the next size's rounds.
                // SAFETY: sync(2) takes no arguments and cannot fail.
                unsafe { libc::sync() };
                let (batched, rounds) = in_process_median(&path, a.iterations, true)?;
                size["InProcessOpsPerSecond"] = json!(batched);
                size["InProcessRounds"] = json!(rounds);
                let (each, rounds) = in_process_median(&path, a.iterations, false)?;
                size["InProcessOpsPerSecondOneTransactionEach"] = json!(each);
                size["InProcessRoundsOneTransactionEach"] = json!(rounds);
            }
            // The target is flatness: the slowest size within 20% of the fastest.
            let rates: Vec<f64> = sizes.iter().filter_map(|s| s["InProcessOpsPerSecond"].as_f64()).collect();
            let (lo, hi) = rates.iter().fold((f64::MAX, 0.0f64), |(lo, hi), &r| (lo.min(r), hi.max(r)));
            let spread = if hi > 0.0 { (hi - lo) / hi * 100.0 } else { 0.0 };
            json!({ "Profile": if cfg!(debug_assertions) { "debug" } else { "release" }, "Sizes": sizes,
                    "InProcessSpreadPercent": spread })
        }
    };
    print_figures(value, config, human)
}

/// The figures as asked for with -o or --query, else as `human` writes them for people.
pub(crate) fn print_figures(value: Value, config: &Settings, human: fn(&Value) -> String) -> Result<(), Error> {
    let text = if config.explicit_format || config.query.is_some() {
        output::render(&api::Response::record(value), config.format, config.query.as_deref())?
    } else {
        human(&value)
    };
    output::write_stdout(text.as_bytes())
}

fn human(v: &Value) -> String {
    let Some(sizes) = v["Sizes"].as_array() else {
        return crate::output::json(v);
    };
    let mut out = format!("amisim bench ({} build)\n", v["Profile"].as_str().unwrap_or(""));
    if sizes.len() > 1 {
        out.push_str(&format!(
            "in-process drill: slowest size {:.0}% below the fastest\n",
            v["InProcessSpreadPercent"].as_f64().unwrap_or(0.0)
        ));
    }
    for s in sizes {
        out.push_str(&format!(
            "\n{} images (seeded in {:.1} s); sqlite3 one query: {} ms; in-process drill: {:.0} ops/s ({:.0} with a commit per call; medians of {ROUNDS} rounds); peak RSS {:.1} MiB\n",
            s["Images"],
            s["SeedSeconds"].as_f64().unwrap_or(0.0),
            s["Sqlite3MedianMs"].as_f64().map_or("n/a".into(), |x| format!("{x:.2}")),
            s["InProcessOpsPerSecond"].as_f64().unwrap_or(0.0),
            s["InProcessOpsPerSecondOneTransactionEach"].as_f64().unwrap_or(0.0),
            s["PeakRssMiB"].as_f64().unwrap_or(0.0)
        ));
        out.push_str(&format!(
            "  {:<26} {:>10} {:>10} {:>10} {:>9}\n",
            "operation", "median ms", "p99 ms", "× sqlite3", "peak MiB"
        ));
        for o in s["Operations"].as_array().into_iter().flatten() {
            out.push_str(&format!(
                "  {:<26} {:>10.2} {:>10.2} {:>10} {:>9.1}\n",
                o["Operation"].as_str().unwrap_or(""),
                o["MedianMs"].as_f64().unwrap_or(0.0),
                o["P99Ms"].as_f64().unwrap_or(0.0),
                o["RatioToSqlite3"].as_f64().map_or("n/a".into(), |x| format!("{x:.2}")),
                o["PeakRssMiB"].as_f64().unwrap_or(0.0)
            ));
        }
    }
    out
}
