use rusqlite::{params, Connection};

/// One audit event (R-EVT-1).
pub struct NewEvent<'a> {
    pub time: i64,
    pub account_id: &'a str,
    pub region: &'a str,
    pub operation: &'a str,
    pub parameters: &'a str,
    /// A JSON list of the resource IDs the call was about.
    pub resources: &'a str,
    pub error: Option<(&'a str, &'a str)>,
    /// `cli` or `api` (README, "Use your real tools").
    pub source: &'a str,
    pub access_key_id: Option<&'a str>,
    pub request_id: Option<&'a str>,
}

pub fn insert_event(conn: &Connection, e: &NewEvent) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO events (time, account_id, region, operation, parameters, outcome, error_code, message,
            source, access_key_id, request_id, resources)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        e.time,
        e.account_id,
        e.region,
        e.operation,
        e.parameters,
        if e.error.is_some() { "error" } else { "ok" },
        e.error.map(|x| x.0),
        e.error.map(|x| x.1),
        e.source,
        e.access_key_id,
        e.request_id,
        e.resources
    ])?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct EventRow {
    pub time: i64,
    pub account_id: String,
    pub region: String,
    pub operation: String,
    pub parameters: String,
    pub outcome: String,
    pub error_code: Option<String>,
    pub message: Option<String>,
    pub source: String,
    pub access_key_id: Option<String>,
    pub request_id: Option<String>,
    pub resources: String,
}

pub struct EventQuery<'a> {
    pub account: Option<&'a str>,
    pub operation: Option<&'a str>,
    pub outcome: Option<&'a str>,
    pub since: Option<i64>,
    /// Only events about this resource.
    pub resource: Option<&'a str>,
    pub limit: i64,
}

/// The latest `limit` matching events, oldest first.
pub fn events(conn: &Connection, q: &EventQuery) -> rusqlite::Result<Vec<EventRow>> {
    let mut st = conn.prepare_cached(
        "SELECT * FROM (SELECT id, time, account_id, region, operation, parameters, outcome, error_code, message,
            source, access_key_id, request_id, resources FROM events
         WHERE (?1 IS NULL OR account_id = ?1) AND (?2 IS NULL OR operation = ?2) AND (?3 IS NULL OR outcome = ?3)
           AND (?4 IS NULL OR time >= ?4)
           AND (?6 IS NULL OR EXISTS (SELECT 1 FROM json_each(events.resources) WHERE value = ?6))
         ORDER BY id DESC LIMIT ?5) ORDER BY id",
    )?;
    let rows = st.query_map(params![q.account, q.operation, q.outcome, q.since, q.limit, q.resource], |r| {
        Ok(EventRow {
            time: r.get(1)?,
            account_id: r.get(2)?,
            region: r.get(3)?,
            operation: r.get(4)?,
            parameters: r.get(5)?,
            outcome: r.get(6)?,
            error_code: r.get(7)?,
            message: r.get(8)?,
            source: r.get(9)?,
            access_key_id: r.get(10)?,
            request_id: r.get(11)?,
            resources: r.get(12)?,
        })
    })?;
    rows.collect()
}
