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

/// Deletes tags by key, or only where the value matches too.
pub fn remove_tags(conn: &Connection, resource_id: &str, keys: &[(&str, Option<&str>)]) -> rusqlite::Result<()> {
    let mut st =
        conn.prepare_cached("DELETE FROM tags WHERE resource_id = ?1 AND key = ?2 AND (?3 IS NULL OR value = ?3)")?;
    for (key, value) in keys {
        st.execute(params![resource_id, key, value])?;
    }
    Ok(())
}

/// A tag with the resource it is on (DescribeTags).
#[derive(Debug, Clone)]
pub struct TagRow {
    pub resource_id: String,
    pub resource_type: String,
    pub key: String,
    pub value: String,
}

/// Tags of an owner's registered images, snapshots and instances in a region,
/// by resource then key; optionally of one resource only.
pub fn tags_of_owner(
    conn: &Connection,
    owner: &str,
    region: &str,
    resource: Option<&str>,
) -> rusqlite::Result<Vec<TagRow>> {
    let mut st = conn.prepare_cached(
        "SELECT t.resource_id, 'image', t.key, t.value FROM tags t JOIN images i ON i.image_id = t.resource_id
           WHERE i.owner_id = ?1 AND i.region = ?2 AND i.state <> 'deregistered' AND (?3 IS NULL OR t.resource_id = ?3)
         UNION ALL SELECT t.resource_id, 'snapshot', t.key, t.value FROM tags t JOIN snapshots s ON s.snapshot_id = t.resource_id
           WHERE s.owner_id = ?1 AND s.region = ?2 AND (?3 IS NULL OR t.resource_id = ?3)
         UNION ALL SELECT t.resource_id, 'instance', t.key, t.value FROM tags t JOIN instances n ON n.instance_id = t.resource_id
           WHERE n.owner_id = ?1 AND n.region = ?2 AND (?3 IS NULL OR t.resource_id = ?3)
         ORDER BY 1, 3",
    )?;
    let rows = st.query_map(params![owner, region, resource], |r| {
        Ok(TagRow { resource_id: r.get(0)?, resource_type: r.get(1)?, key: r.get(2)?, value: r.get(3)? })
    })?;
    rows.collect()
}

pub fn tag_count(conn: &Connection, resource_id: &str) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT count(*) FROM tags WHERE resource_id = ?1")?.query_row([resource_id], |r| r.get(0))
}

pub fn clear_tags(conn: &Connection, resource_id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM tags WHERE resource_id = ?1")?.execute([resource_id])?;
    Ok(())
}
