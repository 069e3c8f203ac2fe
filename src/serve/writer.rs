//! The server's writes: one connection, taken in turn, with group commit.
//!
//! SQLite drops a connection's whole page cache when another connection has
//! written since its last transaction, so every write of the server goes
//! through one connection, whose cache stays warm. Writers queue for it first
//! come first served. A writer that finds others queued behind it leaves its
//! transaction open for them: each request runs in a savepoint of the shared
//! transaction (atomic on its own, refusals rolled back with only their audit
//! event kept, as in a drill), and the last of the queue commits once for all.
//! Nobody is answered before the commit that holds their change, so an
//! answered write is on disk (as far as the WAL's synchronous=NORMAL goes) and
//! visible to every other connection.

use amisim::error::Error;
use amisim::store::Store;
use std::sync::{Condvar, Mutex, MutexGuard};

/// At most this many requests share one commit, so the first of a long queue
/// is not held up for long.
const MAX_BATCH: usize = 16;

pub(crate) struct Writer {
    turns: Turns,
    state: Mutex<State>,
    /// Batches finished: the last one's number, and the failures among the latest.
    finished: Mutex<Finished>,
    changed: Condvar,
}

struct State {
    store: Store,
    /// The open batch transaction: its number and how many requests it holds.
    open: Option<(u64, usize)>,
    batches: u64,
}

#[derive(Default)]
struct Finished {
    upto: u64,
    failed: Vec<(u64, String)>,
}

impl Writer {
    pub fn new(store: Store) -> Writer {
        Writer {
            turns: Turns::default(),
            state: Mutex::new(State { store, open: None, batches: 0 }),
            finished: Mutex::default(),
            changed: Condvar::new(),
        }
    }

    /// Runs one request's write `f` in turn, inside the batch the queued
    /// writers share; returns once that batch is committed.
    pub fn write<T>(&self, f: impl FnOnce(&mut Store) -> T) -> Result<T, Error> {
        let turn = self.turns.lock();
        let mut st = lock(&self.state);
        let batch = match st.open {
            Some((n, size)) => {
                st.open = Some((n, size + 1));
                n
            }
            None => {
                st.store.begin_batch()?;
                st.batches += 1;
                st.open = Some((st.batches, 1));
                st.batches
            }
        };
        // A panic in one request (its savepoint already rolled back by
        // unwinding) must not strand the others in the batch: commit for them,
        // then let the panic go on to the request's own handler.
        let out = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut st.store))) {
            Ok(out) => out,
            Err(panic) => {
                if st.store.in_batch() {
                    let committed = st.store.commit_batch().map_err(|e| e.to_string());
                    self.finish(batch, committed);
                } else {
                    self.finish(batch, Err("the batch's transaction was rolled back".into()));
                }
                st.open = None;
                drop(st);
                drop(turn);
                std::panic::resume_unwind(panic);
            }
        };
        let size = st.open.map_or(0, |(_, size)| size);
        if !st.store.in_batch() {
            // SQLite rolled the whole transaction back (an I/O error, say): the
            // batch is lost for everyone in it.
            st.open = None;
            self.finish(batch, Err("the batch's transaction was rolled back".into()));
        } else if self.turns.queued_behind() > 0 && size < MAX_BATCH {
            drop(st);
            drop(turn);
            return self.wait_for(batch).map(|()| out);
        } else {
            let committed = st.store.commit_batch().map_err(|e| e.to_string());
            st.open = None;
            self.finish(batch, committed);
        }
        drop(st);
        drop(turn);
        self.wait_for(batch).map(|()| out)
    }

    /// Runs `f` on the writing connection outside any batch (the clock, the
    /// reset hook): an open batch is committed first.
    pub fn alone<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        let _turn = self.turns.lock();
        let mut st = lock(&self.state);
        if let Some((batch, _)) = st.open.take() {
            let committed = st.store.commit_batch().map_err(|e| e.to_string());
            self.finish(batch, committed);
        }
        f(&mut st.store)
    }

    fn finish(&self, batch: u64, outcome: Result<(), String>) {
        let mut done = lock(&self.finished);
        done.upto = batch;
        if let Err(why) = outcome {
            done.failed.push((batch, why));
            let excess = done.failed.len().saturating_sub(64);
            done.failed.drain(..excess);
        }
        self.changed.notify_all();
    }

    fn wait_for(&self, batch: u64) -> Result<(), Error> {
        let mut done = lock(&self.finished);
        while done.upto < batch {
            done = self.changed.wait(done).unwrap_or_else(|p| p.into_inner());
        }
        match done.failed.iter().find(|(b, _)| *b == batch) {
            Some((_, why)) => Err(Error::Other(anyhow::anyhow!("the write was not committed: {why}"))),
            None => Ok(()),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A fair lock: writers take turns in the order they asked, so under load no
/// request waits behind more than the writers that came before it.
#[derive(Default)]
struct Turns {
    /// (next ticket to hand out, ticket now served)
    tickets: Mutex<(u64, u64)>,
    changed: Condvar,
}

struct Turn<'a>(&'a Turns);

impl Turns {
    fn lock(&self) -> Turn<'_> {
        let mut t = lock(&self.tickets);
        let mine = t.0;
        t.0 += 1;
        while t.1 != mine {
            t = self.changed.wait(t).unwrap_or_else(|p| p.into_inner());
        }
        Turn(self)
    }

    /// How many writers wait behind the one whose turn it is.
    fn queued_behind(&self) -> u64 {
        let t = lock(&self.tickets);
        t.0.saturating_sub(t.1 + 1)
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        lock(&self.0.tickets).1 += 1;
        self.0.changed.notify_all();
    }
}
