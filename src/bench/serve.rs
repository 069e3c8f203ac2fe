//! `amisim bench serve`: seed a world, start `amisim serve` in a process of its
//! own, and drive it over real HTTP with several keep-alive connections signing
//! every request. Requests per second and p50/p99 latency per operation, and the
//! serving process's peak memory.

use super::{current_exe, percentile, sample_image, seed_child};
use crate::serve::{Options, Server};
use crate::settings::Settings;
use amisim::api::{self, Caller, Request};
use amisim::client::Client;
use amisim::error::Error;
use clap::Args;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::{Arc, Barrier};
use std::time::Instant;

#[derive(Args, Debug)]
pub struct ServeBenchArgs {
    /// World sizes, in images
    #[arg(long, value_delimiter = ',', default_value = "1000,10000,100000")]
    pub sizes: Vec<u64>,
    /// Concurrent keep-alive connections
    #[arg(long, default_value_t = 8)]
    pub connections: usize,
    /// Requests per read operation (writes make a quarter as many)
    #[arg(long, default_value_t = 10_000)]
    pub requests: usize,
    /// Internal: measure the world at --state in this process, write JSON to FILE
    #[arg(long, hide = true, value_name = "FILE")]
    pub child: Option<PathBuf>,
    /// Internal: the image the child's requests are about, and its name
    #[arg(long, hide = true, num_args = 2, value_names = ["ID", "NAME"])]
    pub sample: Vec<String>,
}

/// The parameters of the i-th request on connection k.
type Params = Box<dyn Fn(usize, usize) -> Vec<(String, String)> + Send + Sync>;

/// One measured operation: how to make its i-th request on connection k.
struct Workload {
    name: &'static str,
    region: &'static str,
    write: bool,
    params: Params,
    action: &'static str,
}

fn workloads(sample_id: &str, sample_name: &str) -> Vec<Workload> {
    let (id, name) = (sample_id.to_string(), sample_name.to_string());
    let id2 = id.clone();
    let id3 = id.clone();
    vec![
        Workload {
            name: "DescribeImages by ID",
            region: "us-east-1",
            write: false,
            action: "DescribeImages",
            params: Box::new(move |_, _| vec![("ImageId.1".into(), id.clone())]),
        },
        Workload {
            name: "DescribeImages by name",
            region: "us-east-1",
            write: false,
            action: "DescribeImages",
            params: Box::new(move |_, _| {
                vec![
                    ("Owner.1".into(), "self".into()),
                    ("Filter.1.Name".into(), "name".into()),
                    ("Filter.1.Value.1".into(), name.clone()),
                ]
            }),
        },
        Workload {
            name: "CopyImage cross-region",
            region: "eu-west-1",
            write: true,
            action: "CopyImage",
            params: Box::new(move |k, i| {
                vec![
                    ("SourceImageId".into(), id2.clone()),
                    ("SourceRegion".into(), "us-east-1".into()),
                    ("Name".into(), format!("bench-serve-{k}-{i}")),
                ]
            }),
        },
        Workload {
            name: "RunInstances",
            region: "us-east-1",
            write: true,
            action: "RunInstances",
            params: Box::new(move |_, _| {
                vec![("ImageId".into(), id3.clone()), ("MinCount".into(), "1".into()), ("MaxCount".into(), "1".into())]
            }),
        },
    ]
}

/// Runs `requests` of a workload over `connections` connections; (seconds, sorted latencies in ms).
fn drive(
    addr: &str,
    key: &(String, String),
    w: &Arc<Workload>,
    connections: usize,
    requests: usize,
) -> Result<(f64, Vec<f64>), Error> {
    let barrier = Arc::new(Barrier::new(connections + 1));
    let per = requests.div_ceil(connections);
    let mut threads = Vec::new();
    for k in 0..connections {
        let (addr, key, w, barrier) = (addr.to_string(), key.clone(), w.clone(), barrier.clone());
        threads.push(std::thread::spawn(move || -> Result<Vec<f64>, String> {
            let mut c = Client::new(&addr, &key.0, &key.1, w.region);
            let send = |c: &mut Client, i: usize| -> Result<f64, String> {
                let params = (w.params)(k, i);
                let p: Vec<(&str, &str)> = params.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
                let t = Instant::now();
                let r = c.call(w.action, &p).map_err(|e| e.to_string())?;
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                if r.status != 200 {
                    return Err(format!("{} answered {}: {}", w.action, r.status, r.body));
                }
                Ok(ms)
            };
            // Warm the connection (and the server's statement caches) first; a
            // failure still meets the others at the barrier, or they would wait forever.
            let warm: Result<Vec<f64>, String> = (0..20).map(|i| send(&mut c, 1_000_000 + i)).collect();
            barrier.wait();
            warm?;
            (0..per).map(|i| send(&mut c, i)).collect()
        }));
    }
    barrier.wait();
    let start = Instant::now();
    let mut latencies = Vec::with_capacity(requests);
    for t in threads {
        let l = t.join().map_err(|_| Error::Other(anyhow::anyhow!("a benchmark client panicked")))?;
        latencies.extend(l.map_err(|e| Error::Other(anyhow::anyhow!("benchmark request failed: {e}")))?);
    }
    let secs = start.elapsed().as_secs_f64();
    latencies.sort_by(|a, b| a.total_cmp(b));
    if std::env::var_os("AMISIM_BENCH_DEBUG").is_some() {
        let _ = std::fs::write(
            format!("/tmp/slow-{}", w.action),
            format!("{:?}", &latencies[latencies.len().saturating_sub(15)..]),
        );
    }
    Ok((secs, latencies))
}

/// The child's work: credentials and a sample, then the server and the load.
fn measure(path: &Path, a: &ServeBenchArgs) -> Result<Value, Error> {
    let [sample_id, sample_name] = a.sample.as_slice() else {
        return Err(Error::Other(anyhow::anyhow!("bench serve --child needs --sample ID NAME")));
    };
    let key = {
        // This connection closes before the server opens its own (see Store::open_existing).
        let mut store = amisim::world::open_existing(path)?;
        let caller = Caller::new(amisim::accounts::DEFAULT_ACCOUNT.into(), "us-east-1".into());
        let out = api::call(&mut store.conn, &caller, Request::ListCredentials(Some(caller.account.clone())), false)?;
        let c = &out.response.value()["Credentials"][0];
        (
            c["AccessKeyId"].as_str().unwrap_or_default().to_string(),
            c["SecretAccessKey"].as_str().unwrap_or_default().to_string(),
        )
    };
    let opts =
        Options { listen: "127.0.0.1:0".into(), speed: 0.0, threads: a.connections.max(2), ..Options::default() };
    let server = Server::start(path, &opts)?;
    let addr = server.addr.to_string();
    let mut rows = Vec::new();
    for w in workloads(sample_id, sample_name) {
        let w = Arc::new(w);
        let n = if w.write { a.requests / 4 } else { a.requests };
        let (secs, lat) = drive(&addr, &key, &w, a.connections, n)?;
        rows.push(json!({
            "Operation": w.name, "Requests": lat.len(), "Seconds": secs,
            "RequestsPerSecond": lat.len() as f64 / secs,
            "P50Ms": percentile(&lat, 0.5), "P99Ms": percentile(&lat, 0.99), "Write": w.write,
        }));
    }
    server.shutdown();
    Ok(json!({ "Operations": rows, "Connections": a.connections }))
}

pub fn run(a: ServeBenchArgs, config: &Settings) -> Result<(), Error> {
    if let Some(out) = &a.child {
        let v = measure(&config.state, &a)?;
        return std::fs::write(out, v.to_string()).map_err(|e| Error::Other(anyhow::anyhow!("{}: {e}", out.display())));
    }
    let exe = current_exe()?;
    let mut sizes = Vec::new();
    for &images in &a.sizes {
        let dir = tempfile::tempdir().map_err(|e| Error::Other(anyhow::anyhow!("temporary directory: {e}")))?;
        let path = dir.path().join("bench.db");
        let seed_secs = seed_child(&exe, &path, images)?;
        // SAFETY: sync(2) takes no arguments and cannot fail.
        unsafe { libc::sync() };
        // Found here, so the measured process's peak memory is the server's and its clients' alone.
        let (sample_id, sample_name) = sample_image(&exe, &path)?;
        let out = dir.path().join("figures.json");
        let mut p = Process::new(&exe);
        p.env("AMISIM_STATE", &path)
            .env("AMISIM_NO_PROGRESS", "1")
            .args(["bench", "serve", "--child"])
            .arg(&out)
            .args(["--connections", &a.connections.to_string(), "--requests", &a.requests.to_string()])
            .args(["--sample", &sample_id, &sample_name]);
        let (_, peak) = super::run_measured(p)?;
        let text =
            std::fs::read_to_string(&out).map_err(|e| Error::Other(anyhow::anyhow!("{}: {e}", out.display())))?;
        let mut v: Value = serde_json::from_str(&text).map_err(|e| Error::Other(anyhow::anyhow!("figures: {e}")))?;
        v["Images"] = json!(images);
        v["SeedSeconds"] = json!(seed_secs);
        v["PeakRssMiB"] = json!(peak);
        sizes.push(v);
    }
    let value = json!({ "Profile": if cfg!(debug_assertions) { "debug" } else { "release" }, "Sizes": sizes });
    super::print_figures(value, config, human)
}

/// Targets (issue 11): reads ≥ 5,000 req/s, writes ≥ 1,000 req/s, p99 ≤ 5 ms, peak RSS ≤ 50 MB.
fn human(v: &Value) -> String {
    let mut out = format!("amisim bench serve ({} build)\n", v["Profile"].as_str().unwrap_or(""));
    for s in v["Sizes"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "\n{} images (seeded in {:.1} s), {} keep-alive connections; serving process peak RSS {:.1} MiB{}\n",
            s["Images"],
            s["SeedSeconds"].as_f64().unwrap_or(0.0),
            s["Connections"],
            s["PeakRssMiB"].as_f64().unwrap_or(0.0),
            if s["PeakRssMiB"].as_f64().unwrap_or(0.0) <= 50.0 { "" } else { "  (over the 50 MiB target)" }
        ));
        out.push_str(&format!(
            "  {:<26} {:>9} {:>10} {:>9} {:>9}\n",
            "operation", "requests", "req/s", "p50 ms", "p99 ms"
        ));
        for o in s["Operations"].as_array().into_iter().flatten() {
            let rate = o["RequestsPerSecond"].as_f64().unwrap_or(0.0);
            let target = if o["Write"] == true { 1000.0 } else { 5000.0 };
            let p99 = o["P99Ms"].as_f64().unwrap_or(0.0);
            let miss = match (rate >= target, p99 <= 5.0) {
                (true, true) => "",
                (false, _) => "  below target",
                (true, false) => "  p99 over 5 ms",
            };
            out.push_str(&format!(
                "  {:<26} {:>9} {:>10.0} {:>9.2} {:>9.2}{miss}\n",
                o["Operation"].as_str().unwrap_or(""),
                o["Requests"],
                rate,
                o["P50Ms"].as_f64().unwrap_or(0.0),
                p99
            ));
        }
    }
    out
}
