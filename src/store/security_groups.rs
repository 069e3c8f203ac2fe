//! Security groups and their rules. A default VPC's `default` group exists
//! without a row until a call changes it (api::security_groups).

use crate::model::{GroupRule, Peer};
use rusqlite::{params, Connection};

/// A stored group's row (rules and tags are loaded apart).
#[derive(Debug, Clone)]
pub struct GroupRow {
    pub group_id: String,
    pub account_id: String,
    pub region: String,
    pub vpc_id: String,
    pub group_name: String,
    pub description: String,
}

pub fn insert_group(conn: &Connection, g: &GroupRow) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO security_groups (group_id, account_id, region, vpc_id, group_name, description)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![g.group_id, g.account_id, g.region, g.vpc_id, g.group_name, g.description])?;
    Ok(())
}

/// The account's stored groups in the region, by name.
pub fn groups_of(conn: &Connection, account: &str, region: &str) -> rusqlite::Result<Vec<GroupRow>> {
    let mut st = conn.prepare_cached(
        "SELECT group_id, account_id, region, vpc_id, group_name, description FROM security_groups
         WHERE account_id = ?1 AND region = ?2 ORDER BY group_name, group_id",
    )?;
    let rows = st.query_map(params![account, region], |r| {
        Ok(GroupRow {
            group_id: r.get(0)?,
            account_id: r.get(1)?,
            region: r.get(2)?,
            vpc_id: r.get(3)?,
            group_name: r.get(4)?,
            description: r.get(5)?,
        })
    })?;
    rows.collect()
}

/// The rules of the given groups, in the order they were added.
pub fn rules_of(conn: &Connection, group_ids: &[String]) -> rusqlite::Result<Vec<(String, GroupRule)>> {
    let mut st = conn.prepare_cached(
        "SELECT group_id, rule_id, egress, ip_protocol, from_port, to_port, cidr_ipv4, cidr_ipv6, referenced_group_id,
                description
         FROM security_group_rules WHERE group_id IN rarray(?1) ORDER BY rule_id",
    )?;
    let rows = st.query_map([crate::store::array(group_ids.iter().cloned())], |r| {
        let peer =
            match (r.get::<_, Option<String>>(6)?, r.get::<_, Option<String>>(7)?, r.get::<_, Option<String>>(8)?) {
                (Some(c), _, _) => Peer::Ipv4(c),
                (None, Some(c), _) => Peer::Ipv6(c),
                (None, None, g) => Peer::Group(g.unwrap_or_default()),
            };
        Ok((
            r.get(0)?,
            GroupRule {
                rule_id: r.get(1)?,
                egress: r.get(2)?,
                ip_protocol: r.get(3)?,
                from_port: r.get(4)?,
                to_port: r.get(5)?,
                peer,
                description: r.get(9)?,
            },
        ))
    })?;
    rows.collect()
}

pub fn insert_rule(conn: &Connection, group_id: &str, rule: &GroupRule) -> rusqlite::Result<()> {
    let (v4, v6, group) = match &rule.peer {
        Peer::Ipv4(c) => (Some(c), None, None),
        Peer::Ipv6(c) => (None, Some(c), None),
        Peer::Group(g) => (None, None, Some(g)),
    };
    conn.prepare_cached(
        "INSERT INTO security_group_rules (rule_id, group_id, egress, ip_protocol, from_port, to_port, cidr_ipv4,
         cidr_ipv6, referenced_group_id, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        rule.rule_id,
        group_id,
        rule.egress,
        rule.ip_protocol,
        rule.from_port,
        rule.to_port,
        v4,
        v6,
        group,
        rule.description
    ])?;
    Ok(())
}

pub fn delete_rule(conn: &Connection, rule_id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM security_group_rules WHERE rule_id = ?1")?.execute([rule_id])?;
    Ok(())
}

pub fn delete_group(conn: &Connection, group_id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM security_group_rules WHERE group_id = ?1")?.execute([group_id])?;
    conn.prepare_cached("DELETE FROM security_groups WHERE group_id = ?1")?.execute([group_id])?;
    conn.prepare_cached("DELETE FROM tags WHERE resource_id = ?1")?.execute([group_id])?;
    Ok(())
}

/// Instances that are not terminated and use the group (DeleteSecurityGroup).
pub fn instances_using_group(conn: &Connection, group_id: &str) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT i.instance_id FROM instance_groups g JOIN instances i ON i.id = g.instance_id
         WHERE g.group_id = ?1 AND i.state <> 'terminated' ORDER BY i.id",
    )?;
    let rows = st.query_map([group_id], |r| r.get(0))?;
    rows.collect()
}

/// Rules of other groups that name this one as their peer.
pub fn rules_referencing(conn: &Connection, group_id: &str) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT group_id FROM security_group_rules WHERE referenced_group_id = ?1 AND group_id <> ?1",
    )?;
    let rows = st.query_map([group_id], |r| r.get(0))?;
    rows.collect()
}

pub fn set_instance_groups(conn: &Connection, instance_row: i64, group_ids: &[String]) -> rusqlite::Result<()> {
    let mut st =
        conn.prepare_cached("INSERT OR IGNORE INTO instance_groups (instance_id, group_id) VALUES (?1, ?2)")?;
    for g in group_ids {
        st.execute(params![instance_row, g])?;
    }
    Ok(())
}

/// The group IDs of many instances, by instance row.
pub fn instance_groups(conn: &Connection, rows: &[i64]) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT instance_id, group_id FROM instance_groups WHERE instance_id IN rarray(?1) ORDER BY instance_id, group_id",
    )?;
    let out = st.query_map([crate::store::int_array(rows.iter().copied())], |r| Ok((r.get(0)?, r.get(1)?)))?;
    out.collect()
}
