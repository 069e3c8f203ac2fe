//! The simulated EC2: one function per operation, run by `call` in one
//! transaction, with dry-run (R-DRY-1) and the audit log (R-EVT-1).

pub mod accounts;
pub mod attributes;
pub mod audit;
pub mod cleanup;
pub mod clock;
pub mod copy;
pub mod costs;
pub mod create;
pub mod describe;
pub mod doctor;
pub mod events;
pub mod explain;
pub mod filters;
pub mod idempotency;
pub mod import;
pub mod instance_status;
pub mod instance_types;
pub mod instances;
pub mod interfaces;
pub mod key_pairs;
pub mod keys;
pub mod launch;
pub mod lifecycle;
pub mod lineage;
pub mod marketplace;
pub mod network;
mod operations;
pub mod output;
pub mod page;
pub mod security_groups;
pub mod share;
pub mod snapshots;
pub mod tags;
pub mod volumes;

use crate::error::{refuse, ApiError, Code, Error, OpError};
use crate::ids::{self, Kind};
use crate::store::{self, Tx};
use rusqlite::Connection;
use serde::Serialize;

pub use operations::{Operation, Request, OPERATIONS};
use serde_json::Value;

/// Who is calling, and where (README global options; README "Use your real tools" credentials).
#[derive(Debug, Clone)]
pub struct Caller {
    pub account: String,
    pub region: String,
    /// Which front end made the call (audit events, README "Use your real tools").
    pub source: Source,
    /// The access key that signed an API request.
    pub access_key_id: Option<String>,
    /// The API request's ID, as its response carries it.
    pub request_id: Option<String>,
    /// `amisim serve --instant`: what a write leaves pending completes at once.
    pub instant: bool,
}

impl Caller {
    /// A caller on the command line (drills and pipelines too).
    pub fn new(account: String, region: String) -> Caller {
        Caller { account, region, source: Source::Cli, access_key_id: None, request_id: None, instant: false }
    }
}

/// The front end a call came through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Cli,
    Api,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Cli => "cli",
            Source::Api => "api",
        }
    }
}

/// What an operation works with: the open transaction, the caller, the virtual now.
pub struct Ctx<'a> {
    pub db: &'a Connection,
    pub account: &'a str,
    pub region: &'a str,
    pub now: i64,
    seed: u64,
}

impl<'a> Ctx<'a> {
    pub fn new(db: &'a Connection, account: &'a str, region: &'a str) -> Result<Ctx<'a>, Error> {
        let w = store::world(db)?
            .ok_or_else(|| Error::Config("state file has no world row; it is not a usable amisim world".into()))?;
        Ok(Ctx { db, account, region, now: w.now, seed: w.seed })
    }
    /// A context for the same transaction acting as another account or region.
    pub fn with<'b>(&'b self, account: &'b str, region: &'b str) -> Ctx<'b> {
        Ctx { db: self.db, account, region, now: self.now, seed: self.seed }
    }
    /// The world's seed (R-ID-1), for IDs derived rather than counted.
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn new_id(&self, kind: Kind) -> Result<String, OpError> {
        Ok(self.new_ids(kind, 1)?.remove(0))
    }
    pub fn new_ids(&self, kind: Kind, n: usize) -> Result<Vec<String>, OpError> {
        Ok(self.new_id_groups(&[(kind, n)])?.remove(0))
    }
    /// IDs of several kinds, `n` of each, in order, from one counter reservation.
    pub fn new_id_groups(&self, groups: &[(Kind, usize)]) -> Result<Vec<Vec<String>>, OpError> {
        let total: usize = groups.iter().map(|(_, n)| n).sum();
        let mut next = store::alloc_ids(self.db, total as i64)? as u64;
        Ok(groups
            .iter()
            .map(|&(kind, n)| {
                let ids = (next..next + n as u64).map(|c| ids::format_id(kind, self.seed, c)).collect();
                next += n as u64;
                ids
            })
            .collect())
    }
    /// An image ID and `n` snapshot IDs from one counter reservation.
    pub fn new_image_ids(&self, n: usize) -> Result<(String, Vec<String>), OpError> {
        let mut g = self.new_id_groups(&[(Kind::Image, 1), (Kind::Snapshot, n)])?;
        let snaps = g.pop().unwrap_or_default();
        Ok((g.pop().and_then(|mut i| i.pop()).unwrap_or_default(), snaps))
    }
    pub fn new_key_id(&self) -> Result<String, OpError> {
        let c = store::alloc_ids(self.db, 1)?;
        Ok(ids::format_key_id(self.seed, c as u64))
    }
    pub fn new_account_id(&self) -> Result<String, OpError> {
        let c = store::alloc_ids(self.db, 1)?;
        Ok(ids::format_account(self.seed, c as u64))
    }
    /// Whether an account is a system owner (catalog vendors, imported owners): never billed.
    pub fn is_system(&self, account: &str) -> Result<bool, OpError> {
        Ok(store::account(self.db, account)?.is_some_and(|a| a.system))
    }
}

/// An operation's failure as a command's error outside `call` (building a
/// world, seeding one): a storage failure keeps its real cause (a full disk, say).
pub fn outside_call(operation: &str, e: OpError) -> Error {
    match e {
        OpError::Store(cause) => crate::error::classify(cause),
        OpError::Refused(e) => Error::Other(anyhow::anyhow!("{operation} failed: {e}")),
    }
}

/// What kind of value a response holds; printers pick their table from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Images,
    Instances,
    Snapshots,
    Keys,
    KeyPairs,
    SecurityGroups,
    Tags,
    Credentials,
    Catalog,
    Accounts,
    Products,
    LaunchPermissions,
    VolumePermissions,
    Events,
    Cost,
    Lineage,
    Explain,
    Cleanup,
    Problems,
    Regions,
    /// A small record (`{"ImageId"}`, `{"Return"}`, `{"Now"}`): shown as key/value.
    Record,
    /// Nothing to print.
    Empty,
}

/// A waiter to run after the operation (`--wait`, `wait`; R-CLK-2).
#[derive(Debug, Clone)]
pub struct WaitFor {
    pub waiter: clock::Waiter,
    pub ids: Vec<String>,
    pub timeout: Option<i64>,
}

/// The answer of an operation.
#[derive(Debug)]
pub struct Response {
    pub shape: Shape,
    body: Body,
    pub wait: Option<WaitFor>,
}

/// What a response holds: a JSON value, a typed output (and its value, for
/// the printers), or (for big listings) the images themselves, so JSON output
/// can stream them without a copy as a value tree.
#[derive(Debug)]
enum Body {
    Value(Value),
    Typed(Value, Typed),
    Images(Vec<crate::model::Image>, Option<String>),
}

/// An operation's typed output, for front ends that read its fields.
struct Typed(Box<dyn std::any::Any + Send + Sync>);

impl std::fmt::Debug for Typed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Typed(..)")
    }
}

impl Serialize for Response {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.body {
            Body::Value(v) | Body::Typed(v, _) => v.serialize(s),
            Body::Images(images, next_token) => {
                use serde::ser::SerializeMap;
                let mut m = s.serialize_map(Some(1 + next_token.is_some() as usize))?;
                m.serialize_entry("Images", images)?;
                if let Some(t) = next_token {
                    m.serialize_entry("NextToken", t)?;
                }
                m.end()
            }
        }
    }
}

impl Response {
    pub fn new(shape: Shape, value: impl Serialize) -> Response {
        Response { shape, body: Body::Value(serde_json::to_value(value).unwrap_or(Value::Null)), wait: None }
    }
    /// A typed output (a struct in AWS's field names): the printers see its
    /// JSON, front ends read its fields through `output`.
    pub fn typed<T: Serialize + Send + Sync + 'static>(shape: Shape, output: T) -> Response {
        let value = serde_json::to_value(&output).unwrap_or(Value::Null);
        Response { shape, body: Body::Typed(value, Typed(Box::new(output))), wait: None }
    }
    /// The typed output, when the operation gives one of that type.
    pub fn output<T: 'static>(&self) -> Option<&T> {
        match &self.body {
            Body::Typed(_, t) => t.0.downcast_ref(),
            _ => None,
        }
    }
    pub fn record(value: Value) -> Response {
        Response { shape: Shape::Record, body: Body::Value(value), wait: None }
    }
    /// A DescribeImages answer: `{"Images": [...], "NextToken"?}`.
    pub fn images(images: Vec<crate::model::Image>, next_token: Option<String>) -> Response {
        Response { shape: Shape::Images, body: Body::Images(images, next_token), wait: None }
    }
    /// The images of a DescribeImages answer, without a copy as a value tree.
    pub fn image_list(&self) -> Option<(&[crate::model::Image], Option<&str>)> {
        match &self.body {
            Body::Images(images, token) => Some((images, token.as_deref())),
            Body::Value(_) | Body::Typed(..) => None,
        }
    }
    /// The answer as a JSON value (built on demand for image listings).
    pub fn value(&self) -> std::borrow::Cow<'_, Value> {
        match &self.body {
            Body::Value(v) | Body::Typed(v, _) => std::borrow::Cow::Borrowed(v),
            Body::Images(..) => std::borrow::Cow::Owned(serde_json::to_value(self).unwrap_or(Value::Null)),
        }
    }
    pub fn into_value(self) -> Value {
        match self.body {
            Body::Value(v) | Body::Typed(v, _) => v,
            Body::Images(..) => serde_json::to_value(&self).unwrap_or(Value::Null),
        }
    }
    pub fn ok() -> Response {
        Response::typed(Shape::Record, output::Return { value: true })
    }
    pub fn waiting(mut self, waiter: clock::Waiter, ids: Vec<String>, wait: &Wait) -> Response {
        if wait.wait {
            self.wait = Some(WaitFor { waiter, ids, timeout: wait.timeout });
        }
        self
    }
}

/// `--wait [--timeout D]` on create, copy and launch.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Wait {
    pub wait: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
}

/// The result of a call: the response, and a waiter's failure if one was asked for.
#[derive(Debug)]
pub struct Outcome {
    pub response: Response,
    pub waiter_failure: Option<Error>,
}

/// R-ID-3: the caller must be a user account of this world.
fn check_caller(ctx: &Ctx) -> Result<(), OpError> {
    match store::account(ctx.db, ctx.account)? {
        Some(a) if !a.system => Ok(()),
        Some(_) => Err(ApiError::new(
            Code::AuthFailure,
            format!("Account {} is a system account of this world and cannot make calls", ctx.account),
        )
        .with_hint("use a user account: amisim accounts list")
        .into()),
        None => {
            Err(ApiError::new(Code::AuthFailure, format!("Account '{}' is not an account of this world", ctx.account))
                .with_hint("see amisim accounts list, or create it with amisim accounts create --id ID")
                .into())
        }
    }
}

/// Runs one request atomically: a refusal (or `--dry-run`) rolls the world back
/// and appends only an audit event, in its own scope. Each call is one transaction,
/// unless the caller already holds one (then a savepoint inside it).
pub fn call(conn: &mut Connection, caller: &Caller, request: Request, dry_run: bool) -> Result<Outcome, Error> {
    let operation = request.operation();
    let mutating = request.mutating();
    let scope = Tx::begin(conn, mutating)?;
    let (result, now, parameters) = {
        let ctx = Ctx::new(conn, &caller.account, &caller.region)?;
        // An event is stamped with the call's time, not the time a waiter reached.
        let now = ctx.now;
        let parameters = if mutating { audit::parameters(&request, now) } else { Value::Null };
        let mut result = match check_caller(&ctx).and_then(|()| request.run(&ctx)) {
            Err(OpError::Store(e)) => return Err(e.into()),
            Err(OpError::Refused(e)) => Err(e),
            Ok(r) => Ok(r),
        };
        if dry_run && result.is_ok() {
            result = refuse(Code::DryRunOperation, "Request would have succeeded, but DryRun flag is set.");
        }
        let mut waiter_failure = None;
        if let Ok(Response { wait: Some(w), .. }) = &result {
            waiter_failure = clock::run_waiter(&ctx, w)?;
            // What was waited for is shown as it is now (launch --wait: running, not pending).
            if let Ok(r) = &mut result {
                if let Some(o) = r.output::<output::Instances>() {
                    let ids: Vec<String> = o.instances.iter().map(|i| i.instance_id.clone()).collect();
                    let instances = instances::load(&ctx, Some(&ids))?;
                    let wait = r.wait.take();
                    *r = Response::typed(r.shape, output::Instances { instances, next_token: None });
                    r.wait = wait;
                }
            }
        }
        if caller.instant && mutating && result.is_ok() {
            store::settle_pending(conn)?;
        }
        (result.map(|r| (r, waiter_failure)), now, parameters)
    };
    // R-EVT-1: the audit event of a mutating call, successful or refused.
    let audit = |db: &Connection, error: Option<(&str, &str)>, answer: Option<&Value>| {
        let event = store::NewEvent {
            time: now,
            account_id: &caller.account,
            region: &caller.region,
            operation,
            parameters: &parameters.to_string(),
            resources: &Value::from(audit::resources(&parameters, answer)).to_string(),
            error,
            source: caller.source.as_str(),
            access_key_id: caller.access_key_id.as_deref(),
            request_id: caller.request_id.as_deref(),
        };
        store::insert_event(db, &event)
    };
    match result {
        Ok((response, waiter_failure)) => {
            if mutating {
                audit(conn, None, Some(&response.value()))?;
                scope.commit()?;
            } else {
                scope.rollback()?;
            }
            Ok(Outcome { response, waiter_failure })
        }
        Err(error) => {
            scope.rollback()?;
            if mutating {
                let scope = Tx::begin(conn, true)?;
                audit(conn, Some((error.code.as_str(), &error.message)), None)?;
                scope.commit()?;
            }
            Err(Error::api(operation, error))
        }
    }
}

/// `amisim serve --instant`: completes what is pending now, outside any call
/// (when serving starts; each write does the same inside its own call).
pub fn settle_instantly(conn: &mut Connection) -> Result<(), Error> {
    let tx = Tx::begin(conn, true)?;
    store::settle_pending(conn)?;
    tx.commit()?;
    Ok(())
}

/// `amisim serve --speed N`: the virtual clock follows wall time ×N, outside
/// any call (no audit event, as it is no one's call: R-EVT-1). The world keeps
/// one anchor, the wall time up to which the clock has followed, shared by
/// every server on the file: each moves the clock by the wall time since the
/// anchor, whoever moved it last, so N servers give ×N speed, not ×N·speed.
/// `restart` (a server starting) sets the anchor to now without moving the
/// clock: time when nobody served does not count. Settles what came due.
pub fn follow_wall_clock(conn: &mut Connection, wall_ms: i64, speed: f64, restart: bool) -> Result<(), Error> {
    let scope = Tx::begin(conn, true)?;
    let anchor = store::followed_wall_ms(conn)?;
    match anchor {
        Some(anchor) if !restart && wall_ms > anchor && speed > 0.0 => {
            let secs = ((wall_ms - anchor) as f64 * speed / 1000.0).floor();
            if secs < 1.0 || !secs.is_finite() {
                return Ok(()); // dropped unfinished: rolled back, nothing written
            }
            let secs = secs.min(i32::MAX as f64) as i64;
            let now = store::world(conn)?
                .map(|w| w.now)
                .ok_or_else(|| Error::Config("state file has no world row".into()))?;
            let now = now.saturating_add(secs);
            store::set_now(conn, now)?;
            store::settle(conn, now)?;
            // The anchor moves by the wall time those whole seconds stand for; the rest is kept.
            let spent = (secs as f64 * 1000.0 / speed).ceil().min(i64::MAX as f64) as i64;
            store::set_followed_wall_ms(conn, anchor.saturating_add(spent).min(wall_ms))?;
        }
        Some(_) if !restart => return Ok(()),
        _ => store::set_followed_wall_ms(conn, wall_ms)?,
    }
    scope.commit()?;
    Ok(())
}
