use rusqlite::{params, Connection, OptionalExtension};

/// A call made with a ClientToken, and what it answered.
pub struct ClientToken<'a> {
    pub account_id: &'a str,
    pub region: &'a str,
    pub operation: &'a str,
    pub token: &'a str,
    pub parameters: &'a str,
    pub response: &'a str,
}

pub fn client_token(
    conn: &Connection,
    account: &str,
    region: &str,
    operation: &str,
    token: &str,
) -> rusqlite::Result<Option<(String, String)>> {
    conn.prepare_cached(
        "SELECT parameters, response FROM client_tokens
         WHERE account_id = ?1 AND region = ?2 AND operation = ?3 AND token = ?4",
    )?
    .query_row([account, region, operation, token], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
}

pub fn insert_client_token(conn: &Connection, t: &ClientToken) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO client_tokens (account_id, region, operation, token, parameters, response)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![t.account_id, t.region, t.operation, t.token, t.parameters, t.response])?;
    Ok(())
}
