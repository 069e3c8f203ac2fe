use crate::model::{BlockDeviceMapping, Ebs, Instance, InstanceState, ProductCode, StateReason};
use crate::store::{array, int_array, split_list, tags_for};
use rusqlite::{params, Connection};
use std::collections::HashMap;

const INSTANCE_COLUMNS: &str =
    "id, instance_id, image_id, region, owner_id, reservation_id, instance_type, architecture,
    state, state_reason_code, state_reason_message, launch_time, root_device_type, root_device_name, platform_details,
    usage_operation, product_codes, billing_products, disable_api_termination, client_token, key_name, availability_zone";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Instance> {
    let code: Option<String> = r.get(9)?;
    Ok(Instance {
        row: r.get(0)?,
        instance_id: r.get(1)?,
        image_id: r.get(2)?,
        region: r.get(3)?,
        owner_id: r.get(4)?,
        reservation_id: r.get(5)?,
        instance_type: r.get(6)?,
        architecture: r.get(7)?,
        state: InstanceState { name: r.get(8)? },
        state_reason: match code {
            Some(code) => Some(StateReason { code, message: r.get::<_, Option<String>>(10)?.unwrap_or_default() }),
            None => None,
        },
        launch_time: r.get(11)?,
        root_device_type: r.get(12)?,
        root_device_name: r.get(13)?,
        platform_details: r.get(14)?,
        usage_operation: r.get(15)?,
        product_codes: split_list(r.get(16)?)
            .into_iter()
            .map(|id| ProductCode { product_code_id: id, product_code_type: "marketplace".into() })
            .collect(),
        billing_products: split_list(r.get(17)?),
        disable_api_termination: r.get(18)?,
        client_token: r.get(19)?,
        key_name: r.get(20)?,
        requested_zone: r.get(21)?,
        security_groups: Vec::new(),
        block_device_mappings: Vec::new(),
        tags: Vec::new(),
        placement: Default::default(),
        vpc_id: String::new(),
        subnet_id: String::new(),
        private_ip_address: String::new(),
        private_dns_name: String::new(),
    })
}

fn attach(conn: &Connection, mut list: Vec<Instance>) -> rusqlite::Result<Vec<Instance>> {
    if list.is_empty() {
        return Ok(list);
    }
    let index: HashMap<i64, usize> = list.iter().enumerate().map(|(n, i)| (i.row, n)).collect();
    let launched: Vec<i64> = list.iter().map(|i| i.launch_time).collect();
    let mut st = conn.prepare_cached(
        "SELECT instance_id, device_name, volume_id, snapshot_id, volume_size, encrypted, kms_key_id, volume_type
         FROM instance_volumes WHERE instance_id IN rarray(?1) ORDER BY instance_id, device_name",
    )?;
    let mut rows = st.query([int_array(list.iter().map(|i| i.row))])?;
    while let Some(r) = rows.next()? {
        let n = index[&r.get::<_, i64>(0)?];
        list[n].block_device_mappings.push(BlockDeviceMapping {
            device_name: r.get(1)?,
            ebs: Ebs {
                volume_id: Some(r.get(2)?),
                attach_time: Some(launched[n]),
                volume_type: r.get(7)?,
                ..Ebs::image_volume(r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)
            },
        });
    }
    let mut tags = tags_for(conn, list.iter().map(|i| i.instance_id.clone()))?;
    for i in list.iter_mut() {
        i.tags = tags.remove(&i.instance_id).unwrap_or_default();
    }
    // The groups, named: a stored group's name, or the default group's.
    let mut st = conn.prepare_cached(
        "SELECT g.instance_id, g.group_id, coalesce(s.group_name, 'default') FROM instance_groups g
         LEFT JOIN security_groups s ON s.group_id = g.group_id
         WHERE g.instance_id IN rarray(?1) ORDER BY g.instance_id, g.group_id",
    )?;
    let mut rows = st.query([int_array(list.iter().map(|i| i.row))])?;
    while let Some(r) = rows.next()? {
        let n = index[&r.get::<_, i64>(0)?];
        list[n].security_groups.push(crate::model::GroupIdentifier { group_id: r.get(1)?, group_name: r.get(2)? });
    }
    Ok(list)
}

pub struct NewInstance<'a> {
    pub instance: &'a Instance,
    pub ready_at: i64,
    pub outcome: &'a str,
    pub volume_ids: &'a [String],
}

pub fn insert_instance(conn: &Connection, n: &NewInstance) -> rusqlite::Result<i64> {
    let i = n.instance;
    conn.prepare_cached(
        "INSERT INTO instances (instance_id, reservation_id, region, owner_id, image_id, instance_type, architecture, state,
            state_reason_code, state_reason_message, launch_time, ready_at, outcome, root_device_type, root_device_name,
            platform_details, usage_operation, billing_products, product_codes, disable_api_termination, client_token,
            key_name, availability_zone)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
    )?
    .execute(params![
        i.instance_id,
        i.reservation_id,
        i.region,
        i.owner_id,
        i.image_id,
        i.instance_type,
        i.architecture,
        i.state.name,
        i.state_reason.as_ref().map(|r| r.code.as_str()),
        i.state_reason.as_ref().map(|r| r.message.as_str()),
        i.launch_time,
        n.ready_at,
        n.outcome,
        i.root_device_type,
        i.root_device_name,
        i.platform_details,
        i.usage_operation,
        (!i.billing_products.is_empty()).then(|| i.billing_products.join(",")),
        (!i.product_codes.is_empty())
            .then(|| i.product_codes.iter().map(|p| p.product_code_id.as_str()).collect::<Vec<_>>().join(",")),
        i.disable_api_termination,
        i.client_token,
        i.key_name,
        i.requested_zone,
    ])?;
    let id = conn.last_insert_rowid();
    crate::store::set_instance_groups(
        conn,
        id,
        &i.security_groups.iter().map(|g| g.group_id.clone()).collect::<Vec<_>>(),
    )?;
    let mut st = conn.prepare_cached(
        "INSERT INTO instance_volumes (instance_id, device_name, volume_id, snapshot_id, volume_size, encrypted, kms_key_id,
         volume_type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (b, vol) in i.block_device_mappings.iter().zip(n.volume_ids) {
        st.execute(params![
            id,
            b.device_name,
            vol,
            b.ebs.snapshot_id,
            b.ebs.volume_size,
            b.ebs.encrypted,
            b.ebs.kms_key_id,
            b.ebs.volume_type
        ])?;
    }
    Ok(id)
}

/// Instances of an owner in a region, all or by ID.
pub fn instances(
    conn: &Connection,
    owner: &str,
    region: &str,
    ids: Option<&[String]>,
) -> rusqlite::Result<Vec<Instance>> {
    let list = match ids {
        Some(ids) => {
            let sql = format!(
                "SELECT {INSTANCE_COLUMNS} FROM instances INDEXED BY instances_id WHERE region = ?1 AND instance_id IN rarray(?2) ORDER BY id"
            );
            let mut st = conn.prepare_cached(&sql)?;
            let rows = st.query_map(params![region, array(ids.iter().cloned())], row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        }
        None => {
            let sql =
                format!("SELECT {INSTANCE_COLUMNS} FROM instances WHERE owner_id = ?1 AND region = ?2 ORDER BY id");
            let mut st = conn.prepare_cached(&sql)?;
            let rows = st.query_map(params![owner, region], row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        }
    };
    attach(conn, list)
}

/// An instance on its way to `outcome` (stopping → stopped, shutting-down →
/// terminated), which it reaches at `ready_at`.
pub fn set_instance_transition(
    conn: &Connection,
    row: i64,
    state: &str,
    outcome: &str,
    ready_at: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE instances SET state = ?2, outcome = ?3, ready_at = ?4, state_reason_code = NULL,
         state_reason_message = NULL WHERE id = ?1",
    )?
    .execute(params![row, state, outcome, ready_at])?;
    Ok(())
}

pub fn set_instance_state(
    conn: &Connection,
    row: i64,
    state: &str,
    reason: Option<(&str, &str)>,
) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE instances SET state = ?2, outcome = ?2, state_reason_code = ?3, state_reason_message = ?4 WHERE id = ?1")?
        .execute(params![row, state, reason.map(|r| r.0), reason.map(|r| r.1)])?;
    Ok(())
}

pub fn set_disable_api_termination(conn: &Connection, row: i64, on: bool) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE instances SET disable_api_termination = ?2 WHERE id = ?1")?
        .execute(params![row, on])?;
    Ok(())
}

pub fn set_instance_type(conn: &Connection, row: i64, instance_type: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE instances SET instance_type = ?2 WHERE id = ?1")?
        .execute(params![row, instance_type])?;
    Ok(())
}

pub fn instance_ids_with_prefix(
    conn: &Connection,
    viewer: &str,
    region: &str,
    prefix: &str,
    limit: i64,
) -> rusqlite::Result<Vec<(String, String)>> {
    let upper = crate::store::prefix_end(prefix);
    let mut st = conn.prepare_cached(
        "SELECT instance_id, state FROM instances WHERE owner_id = ?1 AND region = ?2 AND instance_id >= ?3 AND instance_id < ?4
         ORDER BY instance_id LIMIT ?5",
    )?;
    let rows = st.query_map(params![viewer, region, prefix, upper, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

pub fn instance_ready_at(conn: &Connection, row: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT ready_at FROM instances WHERE id = ?1")?.query_row([row], |r| r.get(0))
}

/// Instances not terminated, in any account, per image ID.
pub fn live_instance_counts(conn: &Connection, image_ids: &[String]) -> rusqlite::Result<HashMap<String, i64>> {
    let mut st = conn.prepare_cached(
        "SELECT image_id, count(*) FROM instances WHERE image_id IN rarray(?1) AND state <> 'terminated' GROUP BY image_id",
    )?;
    let rows = st.query_map([array(image_ids.iter().cloned())], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}
