//! Transactions: the one place amisim opens, commits and rolls them back.
//!
//! A call runs in a `Tx`: a transaction of its own (IMMEDIATE when it writes,
//! so it never has to upgrade a read lock and fail busy; DEFERRED when it
//! only reads) or, inside a batch, a savepoint. Dropped unfinished, a `Tx`
//! rolls back, so a refusal, an error or a panic leaves nothing behind.
//!
//! A batch is one transaction held open across many calls (a drill, a
//! pipeline plan, the benchmark, the server's group commit): each call's `Tx`
//! is then a savepoint inside it, and pays for no commit of its own.

use super::Store;
use crate::error::Error;
use rusqlite::Connection;

pub struct Tx<'a> {
    conn: &'a Connection,
    nested: bool,
    open: bool,
}

impl<'a> Tx<'a> {
    /// Begins a call's transaction, or its savepoint inside an open batch.
    pub fn begin(conn: &'a Connection, write: bool) -> rusqlite::Result<Tx<'a>> {
        let nested = !conn.is_autocommit();
        let sql = match (nested, write) {
            (true, _) => "SAVEPOINT amisim_call",
            (false, true) => "BEGIN IMMEDIATE",
            (false, false) => "BEGIN DEFERRED",
        };
        conn.prepare_cached(sql)?.execute([])?;
        Ok(Tx { conn, nested, open: true })
    }

    pub fn commit(mut self) -> rusqlite::Result<()> {
        self.open = false;
        self.conn.prepare_cached(if self.nested { "RELEASE amisim_call" } else { "COMMIT" })?.execute([])?;
        Ok(())
    }

    pub fn rollback(mut self) -> rusqlite::Result<()> {
        self.open = false;
        self.conn.execute_batch(self.undo())
    }

    fn undo(&self) -> &'static str {
        if self.nested {
            "ROLLBACK TO amisim_call; RELEASE amisim_call"
        } else {
            "ROLLBACK"
        }
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch(self.undo());
        }
    }
}

impl Store {
    /// Opens a batch: one write transaction for many calls. Savepoint undo
    /// pages stay in memory rather than spilling to a temporary file, and the
    /// page cache is larger, as a long-lived run wants.
    pub fn begin_batch(&self) -> Result<(), Error> {
        self.conn.execute_batch("PRAGMA cache_size = -16000; PRAGMA temp_store = MEMORY; BEGIN IMMEDIATE")?;
        Ok(())
    }

    /// Commits what `begin_batch` opened, if it is still open (SQLite may
    /// have rolled it back on an I/O error).
    pub fn commit_batch(&self) -> Result<(), Error> {
        if !self.conn.is_autocommit() {
            self.conn.execute_batch("COMMIT")?;
        }
        Ok(())
    }

    /// Whether a batch (or any transaction) is open on this connection.
    pub fn in_batch(&self) -> bool {
        !self.conn.is_autocommit()
    }
}
