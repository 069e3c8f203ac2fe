use rusqlite::{params, Connection};

/// One audit event (R-EVT-1).
pub struct NewEvent<'a> {
    pub time: i64,
    pub account_id: &'a str,
    pub region: &'a str,
    pub operation: &'a str,
    pub parameters: &'a str,
    pub error: Option<(&'a str, &'a str)>,
}

pub fn insert_event(conn: &Connection, e: &NewEvent) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO events (time, account_id, region, operation, parameters, outcome, error_code, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        e.time,
        e.account_id,
        e.region,
        e.operation,
        e.parameters,
        if e.error.is_some() { "error" } else { "ok" },
        e.error.map(|x| x.0),
        e.error.map(|x| x.1)
    ])?;
    Ok(())
}
