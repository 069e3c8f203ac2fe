//! `amisim serve`: the simulated world behind an EC2 Query endpoint, so the AWS
//! CLI, boto3, Terraform and Packer run against it unchanged (README, "Use your real tools").
//! HTTP in, SigV4 checked, parameters decoded by botocore's model into the same
//! `api::Request`s the command line builds, the core's answer encoded as XML.
//! No SQL and no rule live here.

mod action;
mod handler;
mod http;
mod images;
mod instances;
mod model;
mod network;
mod params;
mod query;
mod security;
mod snapshots;
mod tags;
mod writer;
mod xml;

use crate::settings::Settings;
use amisim::api::{self, Caller, Request};
use amisim::error::Error;
use amisim::store::Store;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;
use writer::Writer;

/// Request bodies larger than this are refused (413).
pub const BODY_LIMIT: usize = 1 << 20;

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = "Examples:
  amisim serve                                   # http://127.0.0.1:5000, clock at 60x wall time
  amisim serve --listen 127.0.0.1:0 --speed 0    # a free port, a frozen clock
  amisim accounts credentials > ~/.aws/amisim-credentials
  aws --endpoint-url http://127.0.0.1:5000 --profile amisim-111122223333 ec2 describe-images --owners amazon
  amisim serve --any-key 111122223333            # INSECURE: any access key acts as this account")]
pub struct ServeArgs {
    /// Address to listen on: loopback by default; port 0 picks a free one
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:5000")]
    pub listen: String,
    /// Virtual seconds per wall-clock second while serving (0 freezes the clock)
    #[arg(long, value_name = "N", default_value_t = 60.0)]
    pub speed: f64,
    /// Complete every time-based transition at once, for suites written against mocks; the clock does not jump
    #[arg(long)]
    pub instant: bool,
    /// Accept any access key without checking its signature, acting as ACCOUNT (loopback only)
    #[arg(long, value_name = "ACCOUNT")]
    pub any_key: Option<String>,
    /// Serve POST /moto-api/reset, which puts the world back as it was when serving began (loopback only)
    #[arg(long)]
    pub test_hooks: bool,
    /// Allow a --listen address beyond loopback (every user account must have rotated its keys)
    #[arg(long)]
    pub allow_remote: bool,
    /// Connections to the state file, each lent to one request at a time
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub threads: usize,
    /// One line per request on stderr: time, status, action, account, latency, request ID
    #[arg(long)]
    pub log: bool,
    /// Open connections at most; at the cap the one idle longest is closed to make room
    #[arg(long, value_name = "N", default_value_t = 1024)]
    pub max_connections: usize,
    /// Seconds a request's headers may take to arrive (its body gets this plus 1 s per 8 KiB)
    #[arg(long, value_name = "SECS", default_value_t = 10)]
    pub header_timeout: u64,
    /// Seconds an idle keep-alive connection stays open
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub idle_timeout: u64,
}

/// What every worker shares.
pub(crate) struct Shared {
    pub any_key: Option<String>,
    pub hooks: bool,
    /// `--instant`: what a write leaves pending completes at once.
    pub instant: bool,
    /// The world as it was when serving began, for the reset hook.
    pub start: Option<std::path::PathBuf>,
    pub log: bool,
    /// The one connection every write of this process goes through, taken in
    /// turn with group commit (writer.rs), instead of in SQLite's busy handler.
    pub writer: Writer,
    requests: AtomicU64,
    started: u64,
}

impl Shared {
    /// A request ID shaped like AWS's (a UUID), unique per server run.
    pub fn request_id(&self) -> String {
        let n = self.requests.fetch_add(1, Ordering::Relaxed);
        let a = amisim::ids::mix(self.started, n);
        let b = amisim::ids::mix(self.started ^ 0x5245_5155_4553_5400, n);
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | ((b >> 48) & 0x3fff),
            b & 0xffff_ffff_ffff
        )
    }

    /// The account and secret of an access key, if it is one of the world's.
    /// Looked up on every request, so a rotated key stops working at once.
    pub fn key(&self, store: &mut Store, access_key: &str) -> Result<Option<(String, String)>, Error> {
        api::accounts::signer(&store.conn, access_key).map_err(|e| e.in_operation("ListAccessKeys"))
    }
}

/// A running server: its address, and what `shutdown` stops.
pub struct Server {
    pub addr: SocketAddr,
    http: http::Http,
    stop: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
    /// Held open while serving, so the process never closes its last connection early.
    _first: Store,
    /// Holds the starting world for the reset hook while serving.
    _scratch: tempfile::TempDir,
}

/// How to run a server (the flags of `amisim serve`).
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: String,
    pub speed: f64,
    pub instant: bool,
    pub any_key: Option<String>,
    pub test_hooks: bool,
    pub allow_remote: bool,
    pub threads: usize,
    pub log: bool,
    pub limits: http::Limits,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            listen: "127.0.0.1:5000".into(),
            speed: 60.0,
            instant: false,
            any_key: None,
            test_hooks: false,
            allow_remote: false,
            threads: 8,
            log: false,
            limits: http::Limits::default(),
        }
    }
}

impl From<&ServeArgs> for Options {
    fn from(a: &ServeArgs) -> Options {
        Options {
            listen: a.listen.clone(),
            speed: a.speed,
            instant: a.instant,
            any_key: a.any_key.clone(),
            test_hooks: a.test_hooks,
            allow_remote: a.allow_remote,
            threads: a.threads,
            log: a.log,
            limits: http::Limits {
                connections: a.max_connections.max(1),
                header_time: Duration::from_secs(a.header_timeout.max(1)),
                idle_time: Duration::from_secs(a.idle_timeout.max(1)),
            },
        }
    }
}

impl Server {
    /// Starts serving the world at `state` (which must exist).
    pub fn start(state: &Path, opts: &Options) -> Result<Server, Error> {
        if !(opts.speed >= 0.0 && opts.speed.is_finite()) {
            return Err(Error::Usage(format!("--speed {} must be 0 or more", opts.speed)));
        }
        let addr: SocketAddr = opts.listen.parse().map_err(|_| {
            Error::Usage(format!("--listen {}: expected HOST:PORT, for example 127.0.0.1:5000", opts.listen))
        })?;
        // The one connection that reads the file's header; every other is `another`.
        let mut store = amisim::world::open_existing(state)?;
        if !addr.ip().is_loopback() {
            check_remote(&store, addr, opts)?;
        }
        if let Some(account) = &opts.any_key {
            let caller = Caller::new(amisim::accounts::DEFAULT_ACCOUNT.into(), "us-east-1".into());
            api::call(&mut store.conn, &caller, Request::ListCredentials(Some(account.clone())), false)?;
        }
        let listener = std::net::TcpListener::bind(addr)
            .map_err(|e| Error::Other(anyhow::anyhow!("cannot listen on {addr}: {e}")))?;
        let stop = Arc::new(AtomicBool::new(false));
        let started =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
        let hooks = opts.test_hooks || opts.any_key.is_some();
        // The reset hook puts back the world as it is now: a copy beside the
        // server's own temporary files, gone when it stops.
        let scratch = tempfile::tempdir().map_err(|e| Error::Other(anyhow::anyhow!("temporary directory: {e}")))?;
        let start = if hooks {
            let path = scratch.path().join("start.db");
            amisim::store::copy_world(&store.conn, &path)?;
            Some(path)
        } else {
            None
        };
        let shared = Arc::new(Shared {
            any_key: opts.any_key.clone(),
            hooks,
            instant: opts.instant,
            start,
            log: opts.log,
            writer: Writer::new(store.another()?.checkpoint_elsewhere()?),
            requests: AtomicU64::new(0),
            started,
        });
        // Connections are many and cheap; state-file connections are a few, lent per request.
        let pool = Arc::new(Pool::default());
        for _ in 0..opts.threads.max(1) {
            pool.put(store.another()?.checkpoint_elsewhere()?);
        }
        let handler: Arc<http::Handler> = {
            let shared = shared.clone();
            // Only a request read whole borrows a state-file connection: the
            // accept loop answers "busy" without waiting for one.
            Arc::new(move |request| match request {
                Ok(request) => {
                    let mut lent = Lent { pool: &pool, store: Some(pool.take()) };
                    let store = lent.store.as_mut().expect("lent until dropped");
                    handler::handle(Ok(request), &shared, Some(store))
                }
                Err(unreadable) => handler::handle(Err(unreadable), &shared, None),
            })
        };
        raise_descriptor_limit();
        let http = http::Http::start(listener, BODY_LIMIT, opts.limits, handler)
            .map_err(|e| Error::Other(anyhow::anyhow!("cannot listen on {addr}: {e}")))?;
        let addr = http.addr;
        let mut workers = Vec::new();
        {
            let (store, stop, shared) = (store.another()?, stop.clone(), shared.clone());
            workers.push(std::thread::spawn(move || checkpoints(&store, &shared, &stop)));
        }
        if opts.speed > 0.0 {
            let (shared, stop, speed) = (shared.clone(), stop.clone(), opts.speed);
            workers.push(std::thread::spawn(move || follow_wall_clock(&shared, &stop, speed)));
        }
        if opts.instant {
            shared.writer.alone(|s| api::settle_instantly(&mut s.conn))?;
        }
        Ok(Server { addr, http, stop, workers, _first: store, _scratch: scratch })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Finishes the requests in flight, then stops every thread.
    pub fn shutdown(self) {
        self.http.shutdown();
        self.stop.store(true, Ordering::Relaxed);
        for w in self.workers {
            let _ = w.join();
        }
    }
}

/// Serving beyond loopback is a deliberate act (README, "Use your real tools"): `--allow-remote`,
/// no test-only mode, and no account left with the default key pair that
/// anyone who knows amisim can compute from the seed.
fn check_remote(store: &Store, addr: SocketAddr, opts: &Options) -> Result<(), Error> {
    if opts.any_key.is_some() {
        return Err(Error::Usage(format!(
            "--any-key accepts unsigned requests, so it listens on loopback only, not {addr}"
        )));
    }
    if opts.test_hooks {
        return Err(Error::Usage(format!(
            "--test-hooks can reset the world, so it listens on loopback only, not {addr}"
        )));
    }
    if !opts.allow_remote {
        return Err(Error::Usage(format!(
            "--listen {addr} is beyond loopback: anyone who can reach it may call the endpoint; add --allow-remote to mean it"
        )));
    }
    let defaults = api::accounts::default_key_accounts(&store.conn).map_err(|e| e.in_operation("ListAccessKeys"))?;
    if let Some(first) = defaults.first() {
        return Err(Error::Config(format!(
            "account(s) {} still have the default access key pair derived from the world's seed, which anyone can compute; rotate each first: amisim accounts credentials --rotate {first}",
            defaults.join(", ")
        )));
    }
    Ok(())
}

/// Lets the process open as many descriptors as the system allows it (the
/// soft limit is often 1024, below the connection cap).
fn raise_descriptor_limit() {
    let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit only read and write the struct given.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 && lim.rlim_cur < lim.rlim_max {
            lim.rlim_cur = lim.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
}

/// The WAL is checkpointed here, off every request's path, a few times a second
/// (passively: readers and writers go on meanwhile). Once it has grown past
/// `RESTART_AT` pages, writes are held for a moment while it is restarted, so
/// a server under a steady stream of writes keeps a WAL of bounded size.
fn checkpoints(store: &Store, shared: &Shared, stop: &AtomicBool) {
    const RESTART_AT: i64 = 4096; // 16 MiB of 4 KiB pages
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        if store.checkpoint().is_ok_and(|pages| pages > RESTART_AT) {
            let _ = shared.writer.alone(|w| w.checkpoint_restart());
        }
    }
}

fn wall_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// `--speed N`: the virtual clock follows wall time ×N while serving, from
/// the anchor every server on the file shares (api::follow_wall_clock).
fn follow_wall_clock(shared: &Shared, stop: &AtomicBool, speed: f64) {
    let mut restart = true;
    while !stop.load(Ordering::Relaxed) {
        match shared.writer.alone(|store| api::follow_wall_clock(&mut store.conn, wall_ms(), speed, restart)) {
            Ok(()) => restart = false,
            // Busy for a while (a long CLI write): try again on the next tick.
            Err(e) if shared.log => eprintln!("amisim serve: the clock could not move: {e}"),
            Err(_) => {}
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// The state-file connections, lent to one request at a time.
#[derive(Default)]
struct Pool {
    free: Mutex<Vec<Store>>,
    returned: Condvar,
}

/// A lent connection goes back to the pool however the request ends.
struct Lent<'a> {
    pool: &'a Pool,
    store: Option<Store>,
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        if let Some(store) = self.store.take() {
            self.pool.put(store);
        }
    }
}

impl Pool {
    fn take(&self) -> Store {
        let mut free = self.free.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(store) = free.pop() {
                return store;
            }
            free = self.returned.wait(free).unwrap_or_else(|p| p.into_inner());
        }
    }

    fn put(&self, store: Store) {
        self.free.lock().unwrap_or_else(|p| p.into_inner()).push(store);
        self.returned.notify_one();
    }
}

static SIGNALLED: AtomicBool = AtomicBool::new(false);

/// Set while this process serves: the panic hook then logs instead of exiting.
pub static SERVING: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    SIGNALLED.store(true, Ordering::SeqCst);
}

/// `amisim serve`: serve until SIGINT or SIGTERM, then finish and exit 0.
pub fn run(args: ServeArgs, config: &Settings) -> Result<(), Error> {
    drop(config.open()?); // create the world on first use, as every command does
    let server = Server::start(&config.state, &Options::from(&args))?;
    SERVING.store(true, Ordering::SeqCst);
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
    }
    let mut insecure = match &args.any_key {
        Some(a) => format!(" INSECURE: any access key acts as {a}, unchecked"),
        None => String::new(),
    };
    if args.instant {
        insecure.push_str(" INSTANT: time-based transitions complete at once");
    }
    crate::output::write_stdout(
        format!("amisim serving {} (state {}){insecure}\n", server.url(), config.state.display()).as_bytes(),
    )?;
    while !SIGNALLED.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(50));
    }
    server.shutdown();
    Ok(())
}
