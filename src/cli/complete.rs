//! Live completion values from the state file (clap_complete's `COMPLETE=SHELL`
//! mechanism). Completion opens the file read-only and never creates or
//! migrates it; the account and region in effect come from the words typed so
//! far or the environment.

use amisim::regions;
use amisim::store::{self, Store};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use std::ffi::OsStr;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The state, account and region the completed command line would use.
#[derive(Debug, Default, Clone)]
struct Context {
    state: Option<PathBuf>,
    account: Option<String>,
    region: Option<String>,
}

static CONTEXT: OnceLock<Context> = OnceLock::new();

/// Reads `--state/--account/--region` (both `--x v` and `--x=v`) from the words.
fn scan(words: &[String]) -> Context {
    let mut c = Context::default();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        for (flag, slot) in [("--state", 0), ("--account", 1), ("--region", 2)] {
            let value = if w == flag {
                words.get(i + 1).cloned()
            } else {
                w.strip_prefix(&format!("{flag}=")).map(str::to_string)
            };
            if let Some(v) = value {
                match slot {
                    0 => c.state = Some(PathBuf::from(v)),
                    1 => c.account = Some(v),
                    _ => c.region = Some(v),
                }
            }
        }
        i += 1;
    }
    c
}

fn context() -> Context {
    let mut c = CONTEXT.get().cloned().unwrap_or_default();
    c.state =
        c.state.or_else(|| std::env::var_os("AMISIM_STATE").map(PathBuf::from)).or_else(super::default_state_path);
    c.account = c.account.or_else(|| std::env::var("AMISIM_ACCOUNT").ok());
    c.region = c.region.or_else(|| std::env::var("AMISIM_REGION").ok());
    c
}

/// Handles a completion request (when `COMPLETE` is set) and exits; otherwise returns.
pub fn handle() {
    if std::env::var_os("COMPLETE").is_some() {
        let words: Vec<String> = std::env::args().collect();
        let _ = CONTEXT.set(scan(&words));
    }
    clap_complete::CompleteEnv::with_factory(super::command).complete();
}

/// Runs `f` on the world read-only, or gives no candidates.
fn with_world(
    f: impl FnOnce(&rusqlite::Connection, &str, &str) -> rusqlite::Result<Vec<CompletionCandidate>>,
) -> Vec<CompletionCandidate> {
    let c = context();
    let Some(path) = c.state else {
        return Vec::new();
    };
    let Ok(store) = Store::open_read_only(&path) else {
        return Vec::new();
    };
    let account = c.account.unwrap_or_else(|| amisim::accounts::DEFAULT_ACCOUNT.into());
    let region = c.region.unwrap_or_else(|| "us-east-1".into());
    f(&store.conn, &account, &region).unwrap_or_default()
}

const LIMIT: i64 = 200;

fn text(current: &OsStr) -> String {
    current.to_string_lossy().into_owned()
}

pub fn images() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let prefix = text(current);
        with_world(|db, account, region| {
            let rows = store::image_ids_with_prefix(db, account, region, &prefix, LIMIT)?;
            Ok(rows.into_iter().map(|(id, name)| CompletionCandidate::new(id).help(Some(name.into()))).collect())
        })
    })
}

pub fn snapshots() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let prefix = text(current);
        with_world(|db, account, region| {
            Ok(store::snapshot_ids_with_prefix(db, account, region, &prefix, LIMIT)?
                .into_iter()
                .map(CompletionCandidate::new)
                .collect())
        })
    })
}

pub fn instances() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let prefix = text(current);
        with_world(|db, account, region| {
            let rows = store::instance_ids_with_prefix(db, account, region, &prefix, LIMIT)?;
            Ok(rows.into_iter().map(|(id, state)| CompletionCandidate::new(id).help(Some(state.into()))).collect())
        })
    })
}

/// Images, snapshots or instances, by the prefix typed.
pub fn resources() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let prefix = text(current);
        with_world(|db, account, region| {
            let mut out: Vec<CompletionCandidate> = Vec::new();
            if "ami-".starts_with(&prefix) || prefix.starts_with("ami-") {
                let p = if prefix.len() < 4 { "ami-" } else { prefix.as_str() };
                out.extend(
                    store::image_ids_with_prefix(db, account, region, p, LIMIT)?
                        .into_iter()
                        .map(|(id, name)| CompletionCandidate::new(id).help(Some(name.into()))),
                );
            }
            if "snap-".starts_with(&prefix) || prefix.starts_with("snap-") {
                let p = if prefix.len() < 5 { "snap-" } else { prefix.as_str() };
                out.extend(
                    store::snapshot_ids_with_prefix(db, account, region, p, LIMIT)?
                        .into_iter()
                        .map(CompletionCandidate::new),
                );
            }
            if "i-".starts_with(&prefix) || prefix.starts_with("i-") {
                let p = if prefix.len() < 2 { "i-" } else { prefix.as_str() };
                out.extend(
                    store::instance_ids_with_prefix(db, account, region, p, LIMIT)?
                        .into_iter()
                        .map(|(id, state)| CompletionCandidate::new(id).help(Some(state.into()))),
                );
            }
            Ok(out)
        })
    })
}

pub fn accounts() -> ArgValueCompleter {
    ArgValueCompleter::new(|_: &OsStr| {
        with_world(|db, _, _| {
            Ok(store::accounts(db)?
                .into_iter()
                .filter(|a| !a.system)
                .map(|a| CompletionCandidate::new(a.account_id).help(Some(a.name.into())))
                .collect())
        })
    })
}

pub fn owners() -> ArgValueCompleter {
    ArgValueCompleter::new(|_: &OsStr| {
        let mut out = vec![
            CompletionCandidate::new("self").help(Some("your own images".into())),
            CompletionCandidate::new("amazon").help(Some("Amazon's public images".into())),
            CompletionCandidate::new("aws-marketplace").help(Some("Marketplace products".into())),
        ];
        out.extend(with_world(|db, _, _| {
            Ok(store::accounts(db)?
                .into_iter()
                .map(|a| CompletionCandidate::new(a.account_id).help(Some(a.name.into())))
                .collect())
        }));
        out
    })
}

pub fn regions() -> ArgValueCompleter {
    ArgValueCompleter::new(|_: &OsStr| {
        regions::REGIONS.iter().map(|(code, name)| CompletionCandidate::new(*code).help(Some((*name).into()))).collect()
    })
}

pub fn keys() -> ArgValueCompleter {
    ArgValueCompleter::new(|_: &OsStr| {
        with_world(|db, account, region| {
            let mut out = Vec::new();
            for k in store::keys_of(db, account, region)? {
                let help = format!("{} key of {}", k.key_manager.to_lowercase(), k.owner_id);
                if let Some(alias) = &k.alias {
                    if k.owner_id == account {
                        out.push(CompletionCandidate::new(alias.clone()).help(Some(help.clone().into())));
                    }
                }
                out.push(CompletionCandidate::new(k.key_id.clone()).help(Some(k.alias.clone().unwrap_or(help).into())));
            }
            Ok(out)
        })
    })
}

pub fn products() -> ArgValueCompleter {
    ArgValueCompleter::new(|_: &OsStr| {
        with_world(|db, account, _| {
            Ok(store::products(db, account)?
                .into_iter()
                .map(|p| CompletionCandidate::new(p.product_code_id).help(Some(p.name.into())))
                .collect())
        })
    })
}

/// A value parser that takes any text (an unknown region is the service's
/// configuration error, exit 253, not a usage error) but names the known
/// values, so the static completion scripts offer them.
#[derive(Clone)]
pub struct Suggest(pub fn() -> Vec<clap::builder::PossibleValue>);

impl clap::builder::TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter()))
    }
}

/// The commercial regions, for static completion.
pub fn region_values() -> Vec<clap::builder::PossibleValue> {
    regions::REGIONS.iter().map(|(code, name)| clap::builder::PossibleValue::new(*code).help(*name)).collect()
}

/// The user accounts every new world has, for static completion.
pub fn account_values() -> Vec<clap::builder::PossibleValue> {
    [("111122223333", "main"), ("222233334444", "partner"), ("333344445555", "sandbox")]
        .into_iter()
        .map(|(id, name)| clap::builder::PossibleValue::new(id).help(name))
        .collect()
}

/// `Name=FILTER,Values=` for each filter a resource answers to, for static completion.
fn filter_values<T: amisim::api::filters::Filterable>() -> Vec<clap::builder::PossibleValue> {
    T::NAMES.iter().map(|n| clap::builder::PossibleValue::new(format!("Name={n},Values="))).collect()
}

pub fn image_filters() -> Vec<clap::builder::PossibleValue> {
    filter_values::<amisim::model::Image>()
}

pub fn instance_filters() -> Vec<clap::builder::PossibleValue> {
    filter_values::<amisim::model::Instance>()
}

pub fn snapshot_filters() -> Vec<clap::builder::PossibleValue> {
    filter_values::<amisim::model::Snapshot>()
}
