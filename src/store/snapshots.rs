use crate::model::Snapshot;
use crate::store::{array, split_list, tags_for};
use rusqlite::{params, Connection};

const SNAPSHOT_COLUMNS: &str = "s.id, s.snapshot_id, s.owner_id, s.region, s.volume_size, s.encrypted, s.kms_key_id,
    s.state, s.storage_tier, s.tiering_status, s.created, s.description, s.ready_at, s.managed_key, s.archived_at,
    (SELECT group_concat(grantee) FROM volume_permissions v WHERE v.snapshot_id = s.id),
    (SELECT group_concat(i.image_id) FROM image_devices d JOIN images i ON i.id = d.image_id
        WHERE d.snapshot_id = s.snapshot_id AND i.state <> 'deregistered')";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Snapshot> {
    let state: String = r.get(7)?;
    Ok(Snapshot {
        row: r.get(0)?,
        snapshot_id: r.get(1)?,
        owner_id: r.get(2)?,
        region: r.get(3)?,
        volume_size: r.get(4)?,
        encrypted: r.get(5)?,
        kms_key_id: r.get(6)?,
        progress: if state == "pending" { "50%" } else { "100%" }.into(),
        state,
        storage_tier: r.get(8)?,
        tiering_status: r.get(9)?,
        start_time: r.get(10)?,
        description: r.get(11)?,
        ready_at: r.get(12)?,
        managed_key: r.get(13)?,
        archived_at: r.get(14)?,
        volume_permissions: split_list(r.get(15)?),
        images: split_list(r.get(16)?),
        tags: Vec::new(),
    })
}

fn with_tags(conn: &Connection, mut snaps: Vec<Snapshot>) -> rusqlite::Result<Vec<Snapshot>> {
    let mut tags = tags_for(conn, snaps.iter().map(|s| s.snapshot_id.clone()))?;
    for s in snaps.iter_mut() {
        s.tags = tags.remove(&s.snapshot_id).unwrap_or_default();
        s.volume_permissions.sort();
    }
    Ok(snaps)
}

pub struct NewSnapshot<'a> {
    pub snapshot_id: &'a str,
    pub region: &'a str,
    pub owner_id: &'a str,
    pub volume_size: i64,
    pub encrypted: bool,
    pub kms_key_id: Option<&'a str>,
    pub managed_key: bool,
    pub state: &'a str,
    pub ready_at: i64,
    pub created: i64,
    pub description: &'a str,
    pub source_snapshot_id: Option<&'a str>,
}

pub fn insert_snapshot(conn: &Connection, s: &NewSnapshot) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO snapshots (snapshot_id, region, owner_id, volume_size, encrypted, kms_key_id, managed_key, state,
            ready_at, created, description, source_snapshot_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        s.snapshot_id,
        s.region,
        s.owner_id,
        s.volume_size,
        s.encrypted,
        s.kms_key_id,
        s.managed_key,
        s.state,
        s.ready_at,
        s.created,
        s.description,
        s.source_snapshot_id
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Snapshots by ID in a region.
pub fn snapshots_by_id(conn: &Connection, region: &str, ids: &[String]) -> rusqlite::Result<Vec<Snapshot>> {
    let from = "FROM snapshots s INDEXED BY snapshots_id";
    let snaps = if let [id] = ids {
        let mut st = conn
            .prepare_cached(&format!("SELECT {SNAPSHOT_COLUMNS} {from} WHERE s.snapshot_id = ?1 AND s.region = ?2"))?;
        let snaps = st.query_map(params![id, region], row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        snaps
    } else {
        let mut st = conn.prepare_cached(&format!(
            "SELECT {SNAPSHOT_COLUMNS} {from} WHERE s.snapshot_id IN rarray(?1) AND s.region = ?2 ORDER BY s.id"
        ))?;
        let snaps =
            st.query_map(params![array(ids.iter().cloned()), region], row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        snaps
    };
    with_tags(conn, snaps)
}

pub fn find_snapshot(conn: &Connection, region: &str, id: &str) -> rusqlite::Result<Option<Snapshot>> {
    Ok(snapshots_by_id(conn, region, &[id.to_string()])?.pop())
}

/// Snapshots a viewer may list in a region: own, or with createVolumePermission for it or `all`,
/// narrowed to `owners` when given.
pub fn visible_snapshots(
    conn: &Connection,
    viewer: &str,
    region: &str,
    owners: Option<&[String]>,
) -> rusqlite::Result<Vec<Snapshot>> {
    let snaps = match owners {
        Some(owners) => {
            let sql = format!(
                "SELECT {SNAPSHOT_COLUMNS} FROM snapshots s WHERE s.region = ?2 AND s.owner_id IN rarray(?3)
                   AND (s.owner_id = ?1 OR EXISTS (SELECT 1 FROM volume_permissions v WHERE v.snapshot_id = s.id
                        AND v.grantee IN (?1, 'all')))
                 ORDER BY s.id"
            );
            let mut st = conn.prepare_cached(&sql)?;
            let rows = st.query_map(params![viewer, region, array(owners.iter().cloned())], row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        }
        None => {
            let sql = format!(
                "SELECT {SNAPSHOT_COLUMNS} FROM snapshots s WHERE s.region = ?2 AND s.owner_id = ?1
                 UNION SELECT {SNAPSHOT_COLUMNS} FROM snapshots s WHERE s.region = ?2 AND s.id IN
                    (SELECT snapshot_id FROM volume_permissions WHERE grantee = ?1)
                 ORDER BY 1"
            );
            let mut st = conn.prepare_cached(&sql)?;
            let rows = st.query_map(params![viewer, region], row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        }
    };
    with_tags(conn, snaps)
}

pub fn add_volume_permissions(conn: &Connection, snapshot_row: i64, grantees: &[String]) -> rusqlite::Result<()> {
    let mut st =
        conn.prepare_cached("INSERT OR IGNORE INTO volume_permissions (snapshot_id, grantee) VALUES (?1, ?2)")?;
    for g in grantees {
        st.execute(params![snapshot_row, g])?;
    }
    Ok(())
}

pub fn remove_volume_permissions(conn: &Connection, snapshot_row: i64, grantees: &[String]) -> rusqlite::Result<()> {
    if grantees.is_empty() {
        return Ok(());
    }
    conn.prepare_cached("DELETE FROM volume_permissions WHERE snapshot_id = ?1 AND grantee IN rarray(?2)")?
        .execute(params![snapshot_row, array(grantees.iter().cloned())])?;
    Ok(())
}

pub fn delete_snapshot(conn: &Connection, snapshot_row: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM snapshots WHERE id = ?1")?.execute([snapshot_row])?;
    Ok(())
}

pub fn set_snapshot_tiering(
    conn: &Connection,
    snapshot_row: i64,
    status: &str,
    ready_at: i64,
    archived_at: Option<i64>,
) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE snapshots SET tiering_status = ?2, tier_ready_at = ?3, archived_at = coalesce(?4, archived_at) WHERE id = ?1")?
        .execute(params![snapshot_row, status, ready_at, archived_at])?;
    Ok(())
}

pub fn snapshot_ids_with_prefix(
    conn: &Connection,
    viewer: &str,
    region: &str,
    prefix: &str,
    limit: i64,
) -> rusqlite::Result<Vec<String>> {
    let upper = crate::store::prefix_end(prefix);
    let mut st = conn.prepare_cached(
        "SELECT snapshot_id FROM snapshots WHERE owner_id = ?1 AND region = ?2 AND snapshot_id >= ?3 AND snapshot_id < ?4
         ORDER BY snapshot_id LIMIT ?5",
    )?;
    let rows = st.query_map(params![viewer, region, prefix, upper, limit], |r| r.get(0))?;
    rows.collect()
}

/// Whether a snapshot with this ID exists in any region (IDs are unique worldwide).
pub fn snapshot_exists(conn: &Connection, snapshot_id: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM snapshots WHERE snapshot_id = ?1)")?
        .query_row([snapshot_id], |r| r.get(0))
}
