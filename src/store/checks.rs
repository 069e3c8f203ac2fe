//! The world's invariants, as queries that return what breaks them (`doctor`).

use rusqlite::Connection;

/// (check, detail) for every problem found.
pub fn problems(conn: &Connection, full: bool) -> rusqlite::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let pragma = if full { "PRAGMA integrity_check" } else { "PRAGMA quick_check" };
    let mut st = conn.prepare(pragma)?;
    let rows: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    for r in rows.into_iter().filter(|r| r != "ok") {
        out.push(("integrity".to_string(), r));
    }
    let checks: &[(&str, &str)] = &[
        (
            "image-snapshots-exist",
            "SELECT i.image_id || ' uses missing snapshot ' || d.snapshot_id FROM image_devices d JOIN images i ON i.id = d.image_id
             WHERE i.state <> 'deregistered' AND d.snapshot_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.snapshot_id = d.snapshot_id)",
        ),
        (
            "launch-permissions-point-at-images",
            "SELECT 'launch permission ' || lp.grantee || ' on missing or deregistered image row ' || lp.image_id FROM launch_permissions lp
             LEFT JOIN images i ON i.id = lp.image_id WHERE i.id IS NULL OR i.state = 'deregistered'",
        ),
        (
            "public-flag-matches-permissions",
            "SELECT i.image_id || ' public flag ' || i.public || ' disagrees with its permissions' FROM images i
             WHERE i.public <> EXISTS (SELECT 1 FROM launch_permissions lp WHERE lp.image_id = i.id AND lp.grantee = 'all')",
        ),
        (
            "instances-point-at-images",
            "SELECT n.instance_id || ' was launched from unknown image ' || n.image_id FROM instances n
             WHERE NOT EXISTS (SELECT 1 FROM images i WHERE i.image_id = n.image_id)",
        ),
        (
            "names-unique-per-account-and-region",
            "SELECT owner_id || ' has ' || count(*) || ' images named ' || name || ' in ' || region FROM images
             WHERE state <> 'deregistered' GROUP BY owner_id, region, name HAVING count(*) > 1",
        ),
        (
            "owners-exist",
            "SELECT 'image ' || image_id || ' has unknown owner ' || owner_id FROM images
             WHERE owner_id NOT IN (SELECT account_id FROM accounts)
             UNION ALL SELECT 'snapshot ' || snapshot_id || ' has unknown owner ' || owner_id FROM snapshots
             WHERE owner_id NOT IN (SELECT account_id FROM accounts)",
        ),
        (
            "ledger-meters-every-snapshot",
            "SELECT s.snapshot_id || ' of ' || s.owner_id || ' has ' || count(l.id) || ' open storage meters' FROM snapshots s
             JOIN accounts a ON a.account_id = s.owner_id AND a.system = 0
             LEFT JOIN ledger l ON l.resource_id = s.snapshot_id AND l.end_time IS NULL AND l.amount IS NULL
                AND l.cause IN ('snapshot-storage', 'archive-storage')
             GROUP BY s.id HAVING count(l.id) <> 1",
        ),
        (
            "ledger-meters-only-what-exists",
            "SELECT 'open ' || l.cause || ' meter for deleted ' || l.resource_id FROM ledger l
             WHERE l.end_time IS NULL AND l.amount IS NULL AND l.cause IN ('snapshot-storage', 'archive-storage')
               AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.snapshot_id = l.resource_id)",
        ),
        (
            "ledger-meters-running-software",
            "SELECT 'open software meter for ' || n.state || ' instance ' || n.instance_id FROM instances n
             JOIN ledger l ON l.resource_id = n.instance_id AND l.end_time IS NULL AND l.amount IS NULL
             WHERE n.state IN ('stopped', 'terminated')",
        ),
        (
            "clock-moves-forward",
            "SELECT 'resource dated after the virtual now: ' || image_id FROM images, world WHERE images.created > world.now",
        ),
    ];
    for (name, sql) in checks {
        let mut st = conn.prepare(sql)?;
        let rows: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        out.extend(rows.into_iter().map(|d| (name.to_string(), d)));
    }
    Ok(out)
}

/// Counts for `doctor`'s summary.
pub fn counts(conn: &Connection) -> rusqlite::Result<Vec<(String, i64)>> {
    let mut out = Vec::new();
    for (name, sql) in [
        ("images", "SELECT count(*) FROM images WHERE state <> 'deregistered'"),
        ("snapshots", "SELECT count(*) FROM snapshots"),
        ("instances", "SELECT count(*) FROM instances"),
        ("events", "SELECT count(*) FROM events"),
    ] {
        out.push((name.to_string(), conn.query_row(sql, [], |r| r.get(0))?));
    }
    Ok(out)
}
