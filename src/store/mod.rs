//! The SQLite world. All SQL in amisim lives under this module; the rest of the
//! code speaks in domain types.

mod accounts;
pub mod checks;
mod credentials;
mod events;
mod images;
mod instances;
mod key_pairs;
mod keys;
mod ledger;
mod permissions;
mod products;
mod schema;
mod security_groups;
mod snapshots;
mod tags;
mod tokens;
mod tx;
mod world;

pub use accounts::*;
pub use credentials::*;
pub use events::*;
pub use images::*;
pub use instances::*;
pub use key_pairs::*;
pub use keys::*;
pub use ledger::*;
pub use permissions::*;
pub use products::*;
pub use schema::SCHEMA_VERSION;
pub use security_groups::*;
pub use snapshots::*;
pub use tags::*;
pub use tokens::*;
pub use tx::Tx;
pub use world::*;

use crate::error::Error;
use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

/// `PRAGMA application_id` of an amisim world: "AMIS".
pub const APPLICATION_ID: i32 = 0x414D_4953;

/// An open state file.
pub struct Store {
    pub conn: Connection,
    pub path: PathBuf,
    pub read_only: bool,
}

/// Reads the 100-byte SQLite header and refuses anything that is not an amisim
/// world this build understands, before SQLite touches the file.
fn check_header(path: &Path) -> Result<(), Error> {
    // A checkpoint by another process may briefly leave the header ahead of the
    // file's length; only a shortfall that persists is a truncated file.
    for attempt in 0.. {
        match read_header(path)? {
            Some(_) if attempt < 5 => std::thread::sleep(Duration::from_millis(20)),
            Some(short) => return Err(short),
            None => return Ok(()),
        }
    }
    Ok(())
}

/// Refuses files that are not ours; returns a truncation error separately so it can be re-checked.
fn read_header(path: &Path) -> Result<Option<Error>, Error> {
    let shown = path.display();
    if path.is_dir() {
        return Err(directory(path));
    }
    let mut f = std::fs::File::open(path).map_err(|e| Error::Config(format!("cannot read state file {shown}: {e}")))?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len == 0 {
        return Err(Error::Config(format!(
            "state file {shown} is empty, not an amisim world; it was left untouched: remove it or pass another --state"
        )));
    }
    let mut h = [0u8; 100];
    let read = f.read_exact(&mut h).is_ok();
    if let Some(what) = foreign_header(read.then_some(&h)) {
        return Err(Error::Config(format!(
            "state file {shown} is not an amisim world ({what}); it was left untouched: pass another --state"
        )));
    }
    let be32 = |o: usize| u32::from_be_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]);
    let version = be32(60);
    if version > SCHEMA_VERSION as u32 {
        return Err(newer(path, version as i64));
    }
    let page_size = match u16::from_be_bytes([h[16], h[17]]) {
        1 => 65_536u64,
        n => n as u64,
    };
    let pages = be32(28) as u64;
    // The in-header page count is valid only when the change counter matches, and
    // says nothing while a write-ahead log holds frames: a checkpoint killed half-way
    // leaves the header ahead of the file, and SQLite recovers it from the log.
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let log_has_frames = std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0);
    if !log_has_frames && be32(24) == be32(92) && pages > 0 && len < pages * page_size {
        return Ok(Some(Error::Config(format!(
            "state file {shown} is corrupt (truncated: {len} bytes of {}); it was left untouched: restore a copy or start a new world with `amisim init --force`",
            pages * page_size
        ))));
    }
    Ok(None)
}

/// What a file's first 100 bytes say it is, when that is not an amisim world.
fn foreign_header(h: Option<&[u8; 100]>) -> Option<&'static str> {
    match h {
        Some(h) if &h[..16] == b"SQLite format 3\0" => (i32::from_be_bytes([h[68], h[69], h[70], h[71]])
            != APPLICATION_ID)
            .then_some("it is a SQLite database of another program"),
        _ => Some("it is not a SQLite database"),
    }
}

/// Why the file at `path` is not amisim's to replace, if it is not: `init --force`
/// replaces amisim worlds (even broken or newer ones) and empty files, nothing else.
pub fn foreign(path: &Path) -> Option<String> {
    if path.is_dir() {
        return Some("it is a directory".into());
    }
    let mut f = std::fs::File::open(path).ok()?;
    if f.metadata().map(|m| m.len()).unwrap_or(0) == 0 {
        return None;
    }
    let mut h = [0u8; 100];
    let read = f.read_exact(&mut h).is_ok();
    foreign_header(read.then_some(&h)).map(str::to_string)
}

/// A directory where the state file should be (README: configuration, exit 253).
pub fn directory(path: &Path) -> Error {
    Error::Config(format!(
        "state file {} is a directory, not a file: pass a file path, such as --state {}",
        path.display(),
        path.join("state.db").display()
    ))
}

fn newer(path: &Path, version: i64) -> Error {
    Error::Config(format!(
        "state file {} was written by a newer amisim (schema {version}; this amisim knows {SCHEMA_VERSION}); it was left untouched: upgrade amisim",
        path.display()
    ))
}

fn configure(conn: &Connection) -> Result<(), Error> {
    conn.busy_timeout(Duration::from_secs(60))?;
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -4000; PRAGMA wal_autocheckpoint = 8000;")?;
    rusqlite::vtab::array::load_module(conn)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

impl Store {
    /// A long-running server checkpoints on a thread of its own (`checkpoint`)
    /// rather than in whichever request's commit crosses the threshold: that
    /// commit would otherwise wait for the checkpoint's fsync.
    pub fn checkpoint_elsewhere(self) -> Result<Store, Error> {
        self.conn.execute_batch("PRAGMA wal_autocheckpoint = 0")?;
        Ok(self)
    }

    /// Copies what the WAL holds into the database without blocking readers or
    /// writers (a passive checkpoint); returns the WAL's size in pages.
    pub fn checkpoint(&self) -> Result<i64, Error> {
        Ok(self.conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get(1))?)
    }

    /// Checkpoints everything and makes the next write start the WAL from its
    /// beginning (waiting for readers of the WAL to finish). Under a steady
    /// stream of writes passive checkpoints never catch up with the last
    /// frame, and the WAL would grow without end; run this with writes held.
    pub fn checkpoint_restart(&self) -> Result<(), Error> {
        self.conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |_| Ok(()))?;
        Ok(())
    }
}

impl Store {
    /// Opens an existing world, migrating an older schema. Never creates a file.
    ///
    /// Reading the header opens and closes the file outside SQLite, and closing
    /// any descriptor of a file drops every POSIX lock this process holds on it:
    /// a process that already has a connection must use `another` instead, or
    /// other processes would take its WAL for unused and delete it.
    pub fn open_existing(path: &Path) -> Result<Store, Error> {
        check_header(path)?;
        let read_only = std::fs::metadata(path).map(|m| m.permissions().readonly()).unwrap_or(false);
        let flags = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let conn = Connection::open_with_flags(path, flags)?;
        configure(&conn)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(newer(path, version));
        }
        let mut store = Store { conn, path: path.to_path_buf(), read_only };
        if version < SCHEMA_VERSION {
            if read_only {
                return Err(Error::Other(anyhow::anyhow!(
                    "state file {} needs an upgrade but is read-only; nothing was changed: make it writable",
                    path.display()
                )));
            }
            schema::migrate(&mut store.conn)?;
        }
        Ok(store)
    }

    /// A further connection to the same world (a server's workers), without
    /// touching the file outside SQLite (see `open_existing`).
    pub fn another(&self) -> Result<Store, Error> {
        let flags = if self.read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let conn = Connection::open_with_flags(&self.path, flags)?;
        configure(&conn)?;
        Ok(Store { conn, path: self.path.clone(), read_only: self.read_only })
    }

    /// Opens the world at `path`, creating a new one (with `create`) if the file is missing.
    /// The new world is built in a temporary file and linked into place, so a
    /// concurrent process never sees a half-made world.
    pub fn open_or_create(
        path: &Path,
        create: impl FnOnce(&mut Connection) -> Result<(), Error>,
    ) -> Result<Store, Error> {
        if !path.exists() {
            Self::create_at(path, create, false)?;
        }
        Self::open_existing(path)
    }

    /// Builds a new world file at `path`; with `replace`, an existing file is replaced atomically.
    pub fn create_at(
        path: &Path,
        create: impl FnOnce(&mut Connection) -> Result<(), Error>,
        replace: bool,
    ) -> Result<(), Error> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            return Err(Error::Config(format!(
                "the directory of state file {} does not exist: create it first or pass another --state",
                path.display()
            )));
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "state.db".into());
        let tmp = dir.join(format!(".{name}.new-{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let built =
            (|| -> Result<(), Error> {
                {
                    use std::os::unix::fs::OpenOptionsExt;
                    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp).map_err(|e| {
                        Error::Other(anyhow::anyhow!("cannot create state file in {}: {e}", dir.display()))
                    })?;
                }
                let mut conn = Connection::open(&tmp)?;
                conn.execute_batch(&format!(
                    "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA application_id = {APPLICATION_ID};"
                ))?;
                configure(&conn)?;
                schema::migrate(&mut conn)?;
                create(&mut conn)?;
                conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
                conn.close().map_err(|(_, e)| e)?;
                Ok(())
            })();
        if let Err(e) = built {
            // Nothing half-made is left: the file, its WAL and its shared memory.
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut p = tmp.as_os_str().to_owned();
                p.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(p));
            }
            return Err(e);
        }
        let placed = if replace {
            for suffix in ["-wal", "-shm"] {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(p));
            }
            std::fs::rename(&tmp, path)
                .map_err(|e| Error::Other(anyhow::anyhow!("cannot replace {}: {e}", path.display())))
        } else {
            match std::fs::hard_link(&tmp, path) {
                Ok(()) => Ok(()),
                // Another process made the world first: use theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
                Err(_) if !path.exists() => std::fs::rename(&tmp, path)
                    .map_err(|e| Error::Other(anyhow::anyhow!("cannot create {}: {e}", path.display()))),
                Err(e) => Err(Error::Other(anyhow::anyhow!("cannot create {}: {e}", path.display()))),
            }
        };
        let _ = std::fs::remove_file(&tmp);
        placed
    }
}

/// A list of strings as an `rarray(?)` parameter.
pub(crate) fn array<I: IntoIterator<Item = S>, S: Into<String>>(items: I) -> Rc<Vec<rusqlite::types::Value>> {
    Rc::new(items.into_iter().map(|s| rusqlite::types::Value::Text(s.into())).collect())
}

pub(crate) fn int_array<I: IntoIterator<Item = i64>>(items: I) -> Rc<Vec<rusqlite::types::Value>> {
    Rc::new(items.into_iter().map(rusqlite::types::Value::Integer).collect())
}

pub(crate) fn split_list(s: Option<String>) -> Vec<String> {
    match s {
        Some(s) if !s.is_empty() => s.split(',').map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

impl Store {
    /// Opens a world for reading only, never creating or migrating it (completion).
    pub fn open_read_only(path: &Path) -> Result<Store, Error> {
        check_header(path)?;
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(Duration::from_millis(200))?;
        rusqlite::vtab::array::load_module(&conn)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version != SCHEMA_VERSION {
            return Err(newer(path, version));
        }
        Ok(Store { conn, path: path.to_path_buf(), read_only: true })
    }
}

/// Writes a consistent copy of the world to `path` (a scratch world for `pipeline plan`).
pub fn copy_world(conn: &Connection, path: &Path) -> Result<(), Error> {
    conn.execute("VACUUM INTO ?1", [path.to_string_lossy()])?;
    Ok(())
}

/// The smallest string greater than every string starting with `prefix` (for index range scans).
pub(crate) fn prefix_end(prefix: &str) -> String {
    let mut upper = prefix.to_string();
    upper.push(char::MAX);
    upper
}
