//! The world row: seed, ID counter, virtual clock; and settling what time has made due.

use rusqlite::{params, Connection, OptionalExtension};

#[derive(Debug, Clone, Copy)]
pub struct WorldRow {
    pub seed: u64,
    pub now: i64,
}

pub fn insert_world(conn: &Connection, seed: u64, now: i64) -> rusqlite::Result<()> {
    conn.execute("INSERT INTO world (id, seed, next_id, now) VALUES (1, ?1, 1, ?2)", params![seed as i64, now])?;
    Ok(())
}

pub fn world(conn: &Connection) -> rusqlite::Result<Option<WorldRow>> {
    conn.prepare_cached("SELECT seed, now FROM world WHERE id = 1")?
        .query_row([], |r| Ok(WorldRow { seed: r.get::<_, i64>(0)? as u64, now: r.get(1)? }))
        .optional()
}

/// Reserves `n` consecutive ID counters and returns the first.
pub fn alloc_ids(conn: &Connection, n: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached("UPDATE world SET next_id = next_id + ?1 WHERE id = 1 RETURNING next_id - ?1")?
        .query_row([n], |r| r.get(0))
}

/// The wall time (ms) up to which the clock has followed it while serving.
pub fn followed_wall_ms(conn: &Connection) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT followed_wall_ms FROM world WHERE id = 1")?.query_row([], |r| r.get(0))
}

pub fn set_followed_wall_ms(conn: &Connection, ms: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE world SET followed_wall_ms = ?1 WHERE id = 1")?.execute([ms])?;
    Ok(())
}

pub fn set_now(conn: &Connection, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE world SET now = ?1 WHERE id = 1")?.execute([now])?;
    Ok(())
}

/// The earliest moment after `now` at which something pending settles, if any.
pub fn next_due(conn: &Connection, now: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT min(t) FROM (
            SELECT min(ready_at) AS t FROM images WHERE state = 'pending' AND ready_at > ?1
            UNION ALL SELECT min(ready_at) FROM snapshots WHERE state = 'pending' AND ready_at > ?1
            UNION ALL SELECT min(ready_at) FROM instances WHERE state = 'pending' AND ready_at > ?1)",
        [now],
        |r| r.get(0),
    )
}

/// Brings every resource whose ready time has passed to its settled state (R-IMG-5,
/// R-SHR-7, R-LIF-2, R-IMG-8). Runs whenever the clock moves.
pub fn settle(conn: &Connection, now: i64) -> rusqlite::Result<()> {
    settle_transitions(conn, now)?;
    conn.prepare_cached(
        "UPDATE images SET protection = 'disabled', protection_until = NULL
         WHERE protection = 'disabled-after' AND protection_until <= ?1",
    )?
    .execute([now])?;
    Ok(())
}

/// Pending work whose ready time has come settles; tiering completes.
fn settle_transitions(conn: &Connection, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE images SET state = outcome,
            state_reason_code = CASE WHEN outcome = 'failed' THEN 'Client.FailureInjected' ELSE NULL END,
            state_reason_message = CASE WHEN outcome = 'failed' THEN 'The copy failed (injected by a drill)' ELSE NULL END
         WHERE state = 'pending' AND ready_at <= ?1",
    )?
    .execute([now])?;
    conn.prepare_cached("UPDATE snapshots SET state = 'completed' WHERE state = 'pending' AND ready_at <= ?1")?
        .execute([now])?;
    conn.prepare_cached("UPDATE instances SET state = outcome WHERE state = 'pending' AND ready_at <= ?1")?
        .execute([now])?;
    conn.prepare_cached(
        "UPDATE instances SET state = outcome WHERE state IN ('stopping', 'shutting-down') AND ready_at <= ?1",
    )?
    .execute([now])?;
    conn.prepare_cached(
        "UPDATE snapshots SET
            storage_tier = CASE tiering_status WHEN 'archiving' THEN 'archive' ELSE 'standard' END,
            tiering_status = NULL, tier_ready_at = NULL
         WHERE tiering_status IS NOT NULL AND tier_ready_at <= ?1",
    )?
    .execute([now])?;
    Ok(())
}

/// `amisim serve --instant`: every time-based transition completes now,
/// whatever its ready time (pending images, snapshots and instances; archive
/// and restore tiering). The clock does not move, and cooldowns stay.
pub fn settle_pending(conn: &Connection) -> rusqlite::Result<()> {
    settle_transitions(conn, i64::MAX)
}

/// Puts every table back as it is in the world file at `start` (a copy made
/// by `copy_world`), in one transaction: other connections stay valid.
pub fn restore_from(conn: &Connection, start: &std::path::Path) -> rusqlite::Result<()> {
    conn.execute("ATTACH DATABASE ?1 AS start", [start.to_string_lossy()])?;
    let restored = (|| {
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        conn.execute_batch("BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON")?;
        // Every table emptied first, then refilled: the references hold at the commit.
        let deletes = tables.iter().map(|t| format!("DELETE FROM main.\"{t}\";"));
        let inserts = tables.iter().map(|t| format!("INSERT INTO main.\"{t}\" SELECT * FROM start.\"{t}\";"));
        if let Err(e) = conn.execute_batch(&deletes.chain(inserts).collect::<String>()) {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        conn.execute_batch("COMMIT").inspect_err(|_| {
            let _ = conn.execute_batch("ROLLBACK");
        })
    })();
    let detached = conn.execute_batch("DETACH DATABASE start");
    restored.and(detached)
}
