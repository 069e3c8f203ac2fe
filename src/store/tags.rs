use crate::model::Tag;
use crate::store::array;
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// Tags of many resources in one query.
pub fn tags_for<I: IntoIterator<Item = String>>(
    conn: &Connection,
    ids: I,
) -> rusqlite::Result<HashMap<String, Vec<Tag>>> {
    let ids: Vec<String> = ids.into_iter().collect();
    let mut out: HashMap<String, Vec<Tag>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    // One resource (the common case) is a plain key lookup, without the rarray table and its sort.
    let mut st = conn.prepare_cached(if ids.len() == 1 {
        "SELECT resource_id, key, value FROM tags WHERE resource_id = ?1 ORDER BY key"
    } else {
        "SELECT resource_id, key, value FROM tags WHERE resource_id IN rarray(?1) ORDER BY resource_id, key"
    })?;
    let mut rows = match <[String; 1]>::try_from(ids) {
        Ok([id]) => st.query([id])?,
        Err(ids) => st.query([array(ids)])?,
    };
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(Tag { key: r.get(1)?, value: r.get(2)? });
    }
    Ok(out)
}

pub fn set_tags(conn: &Connection, resource_id: &str, tags: &[Tag]) -> rusqlite::Result<()> {
    let mut st = conn.prepare_cached("INSERT OR REPLACE INTO tags (resource_id, key, value) VALUES (?1, ?2, ?3)")?;
    for t in tags {
        st.execute(params![resource_id, t.key, t.value])?;
    }
    Ok(())
}

pub fn remove_tags(conn: &Connection, resource_id: &str, keys: &[String]) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM tags WHERE resource_id = ?1 AND key IN rarray(?2)")?
        .execute(params![resource_id, array(keys.iter().cloned())])?;
    Ok(())
}

pub fn tag_count(conn: &Connection, resource_id: &str) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT count(*) FROM tags WHERE resource_id = ?1")?.query_row([resource_id], |r| r.get(0))
}

pub fn clear_tags(conn: &Connection, resource_id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM tags WHERE resource_id = ?1")?.execute([resource_id])?;
    Ok(())
}
