use crate::model::{BlockDeviceMapping, Ebs, Image, ImageState, ProductCode, StateReason};
use crate::store::{add_launch_permissions, array, clear_launch_permissions, int_array, split_list, tags_for};
use rusqlite::{params, Connection, OptionalExtension, ToSql};
use std::collections::HashMap;

const IMAGE_COLUMNS: &str = "i.id, i.image_id, i.region, i.owner_id, i.name, i.description, i.state,
    i.state_reason_code, i.state_reason_message, i.created, i.ready_at, i.outcome, i.architecture,
    i.root_device_type, i.root_device_name, i.platform_details, i.usage_operation, i.billing_products,
    i.product_codes, i.public, i.deprecation_time, i.protection, i.protection_until, i.source_image_id,
    i.source_image_region, i.source_instance_id, i.template_size, a.alias,
    EXISTS (SELECT 1 FROM launch_permissions lp WHERE lp.image_id = i.id AND lp.grantee = :viewer),
    i.last_launched, i.imported, i.imds_support, i.registration";

fn protection_text(p: &str, until: Option<i64>) -> String {
    match (p, until) {
        ("disabled-after", Some(t)) => format!("disabled-after {}", crate::clock::format(t)),
        (p, _) => p.to_string(),
    }
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<Image> {
    let code: Option<String> = r.get(7)?;
    let protection: String = r.get(21)?;
    let until: Option<i64> = r.get(22)?;
    Ok(Image {
        row: r.get(0)?,
        image_id: r.get(1)?,
        region: r.get(2)?,
        owner_id: r.get(3)?,
        name: r.get(4)?,
        description: r.get(5)?,
        state: ImageState::parse(&r.get::<_, String>(6)?),
        state_reason: match code {
            Some(code) => Some(StateReason { code, message: r.get::<_, Option<String>>(8)?.unwrap_or_default() }),
            None => None,
        },
        creation_date: r.get(9)?,
        ready_at: r.get(10)?,
        outcome: ImageState::parse(&r.get::<_, String>(11)?),
        architecture: r.get(12)?,
        image_type: "machine",
        root_device_type: r.get(13)?,
        root_device_name: r.get(14)?,
        platform_details: r.get(15)?,
        usage_operation: r.get(16)?,
        billing_products: split_list(r.get(17)?),
        product_codes: split_list(r.get(18)?)
            .into_iter()
            .map(|id| ProductCode { product_code_id: id, product_code_type: "marketplace".into() })
            .collect(),
        public: r.get(19)?,
        deprecation_time: r.get(20)?,
        deregistration_protection: protection_text(&protection, until),
        protection_until: until,
        source_image_id: r.get(23)?,
        source_image_region: r.get(24)?,
        source_instance_id: r.get(25)?,
        template_size: r.get(26)?,
        image_owner_alias: r.get(27)?,
        shared_with_caller: r.get(28)?,
        last_launched_time: r.get(29)?,
        imported: r.get(30)?,
        imds_support: r.get(31)?,
        registration: r.get::<_, Option<String>>(32)?.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default(),
        virtualization_type: "hvm".into(),
        sriov_net_support: None,
        tpm_support: None,
        hypervisor: "xen",
        ena_support: true,
        block_device_mappings: Vec::new(),
        tags: Vec::new(),
        platform: None,
        image_location: String::new(),
        boot_mode: None,
    }
    .derive())
}

/// Fills block device mappings and tags of loaded images in two queries.
fn attach_details(conn: &Connection, images: &mut [Image]) -> rusqlite::Result<()> {
    if images.is_empty() {
        return Ok(());
    }
    let index: HashMap<i64, usize> = images.iter().enumerate().map(|(n, i)| (i.row, n)).collect();
    const DEVICES: &str = "SELECT image_id, device_name, snapshot_id, volume_size, encrypted, kms_key_id,
        delete_on_termination, volume_type, iops, throughput FROM image_devices";
    let mut st;
    let mut rows;
    if let [one] = images {
        st = conn.prepare_cached(&format!("{DEVICES} WHERE image_id = ?1 ORDER BY device_name"))?;
        rows = st.query([one.row])?;
    } else {
        st = conn.prepare_cached(&format!("{DEVICES} WHERE image_id IN rarray(?1) ORDER BY image_id, device_name"))?;
        rows = st.query([int_array(images.iter().map(|i| i.row))])?;
    }
    while let Some(r) = rows.next()? {
        let n = index[&r.get::<_, i64>(0)?];
        images[n].block_device_mappings.push(BlockDeviceMapping {
            device_name: r.get(1)?,
            ebs: Ebs {
                delete_on_termination: r.get(6)?,
                volume_type: r.get(7)?,
                iops: r.get(8)?,
                throughput: r.get(9)?,
                ..Ebs::image_volume(r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)
            },
        });
    }
    let mut tags = tags_for(conn, images.iter().map(|i| i.image_id.clone()))?;
    for image in images.iter_mut() {
        image.tags = tags.remove(&image.image_id).unwrap_or_default();
    }
    Ok(())
}

/// How `describe` narrows by name, pushed down into the index.
#[derive(Debug, Clone, Default)]
pub enum NameMatch {
    #[default]
    Any,
    Exact(String),
    Prefix(String),
}

/// Which images a listing starts from (before visibility and filters, R-SHR-6).
#[derive(Debug, Clone)]
pub enum ImageScope {
    /// Images with these IDs.
    Ids(Vec<String>),
    /// Images owned by these accounts.
    Owners(Vec<String>),
    /// Everything the viewer might see: own, shared with it, public.
    Visible,
    /// Images added by `catalog import`, in any region.
    Imported,
}

pub struct ImageQuery<'a> {
    pub viewer: &'a str,
    pub region: Option<&'a str>,
    pub scope: ImageScope,
    pub name: NameMatch,
}

/// Registered (not deregistered) images matching the query, in creation order.
pub fn query_images(conn: &Connection, q: &ImageQuery) -> rusqlite::Result<Vec<Image>> {
    let mut params: Vec<(&str, Box<dyn ToSql>)> = vec![(":viewer", Box::new(q.viewer.to_string()))];
    let mut conds = vec!["i.state <> 'deregistered'".to_string()];
    if let Some(region) = q.region {
        conds.push("i.region = :region".into());
        params.push((":region", Box::new(region.to_string())));
    }
    match &q.name {
        NameMatch::Any => {}
        NameMatch::Exact(n) => {
            conds.push("i.name = :name".into());
            params.push((":name", Box::new(n.clone())));
        }
        NameMatch::Prefix(p) if !p.is_empty() => {
            let upper = crate::store::prefix_end(p);
            conds.push("i.name >= :lo AND i.name < :hi".into());
            params.push((":lo", Box::new(p.clone())));
            params.push((":hi", Box::new(upper)));
        }
        NameMatch::Prefix(_) => {}
    }
    let base = conds.join(" AND ");
    // Without statistics SQLite may prefer the (region, state) index to a unique
    // one; each lookup names the index it must use, so no query scans a region.
    let from =
        |index: &str| format!("FROM images i INDEXED BY {index} LEFT JOIN accounts a ON a.account_id = i.owner_id");
    let any = "FROM images i LEFT JOIN accounts a ON a.account_id = i.owner_id";
    let sql = match &q.scope {
        ImageScope::Ids(ids) if ids.len() == 1 => {
            params.push((":id", Box::new(ids[0].clone())));
            format!("SELECT {IMAGE_COLUMNS} {} WHERE {base} AND i.image_id = :id", from("images_id"))
        }
        ImageScope::Ids(ids) => {
            params.push((":ids", Box::new(array(ids.iter().cloned()))));
            format!(
                "SELECT {IMAGE_COLUMNS} {} WHERE {base} AND i.image_id IN rarray(:ids) ORDER BY i.id",
                from("images_id")
            )
        }
        ImageScope::Owners(owners) if owners.len() == 1 => {
            params.push((":owner", Box::new(owners[0].clone())));
            format!("SELECT {IMAGE_COLUMNS} {} WHERE {base} AND i.owner_id = :owner ORDER BY i.id", from("images_name"))
        }
        ImageScope::Owners(owners) => {
            params.push((":owners", Box::new(array(owners.iter().cloned()))));
            format!("SELECT {IMAGE_COLUMNS} {any} WHERE {base} AND i.owner_id IN rarray(:owners) ORDER BY i.id")
        }
        ImageScope::Imported => {
            format!("SELECT {IMAGE_COLUMNS} {any} WHERE {base} AND i.imported = 1 ORDER BY i.region, i.id")
        }
        ImageScope::Visible => {
            let public = if q.region.is_some() { from("images_public") } else { any.to_string() };
            format!(
                "SELECT {IMAGE_COLUMNS} {} WHERE {base} AND i.owner_id = :viewer
                 UNION SELECT {IMAGE_COLUMNS} {any} WHERE {base} AND i.id IN
                     (SELECT image_id FROM launch_permissions WHERE grantee = :viewer)
                 UNION SELECT {IMAGE_COLUMNS} {public} WHERE {base} AND i.public = 1
                 ORDER BY 1",
                from("images_name")
            )
        }
    };
    let mut st = conn.prepare_cached(&sql)?;
    let named: Vec<(&str, &dyn ToSql)> = params.iter().map(|(k, v)| (*k, v.as_ref())).collect();
    let mut images = st.query_map(named.as_slice(), row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    attach_details(conn, &mut images)?;
    Ok(images)
}

/// One registered image by ID in a region, as `viewer` would load it.
pub fn find_image(conn: &Connection, region: &str, image_id: &str, viewer: &str) -> rusqlite::Result<Option<Image>> {
    let q = ImageQuery {
        viewer,
        region: Some(region),
        scope: ImageScope::Ids(vec![image_id.to_string()]),
        name: NameMatch::Any,
    };
    Ok(query_images(conn, &q)?.into_iter().next())
}

/// An image by ID in any region, deregistered ones included (lineage).
pub fn find_image_anywhere(conn: &Connection, image_id: &str, viewer: &str) -> rusqlite::Result<Option<Image>> {
    let sql = format!(
        "SELECT {IMAGE_COLUMNS} FROM images i LEFT JOIN accounts a ON a.account_id = i.owner_id WHERE i.image_id = :id"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let image = st.query_row(&[(":viewer", &viewer as &dyn ToSql), (":id", &image_id)], row).optional()?;
    match image {
        Some(i) => {
            let mut v = vec![i];
            attach_details(conn, &mut v)?;
            Ok(v.pop())
        }
        None => Ok(None),
    }
}

/// Images (any state, deregistered included) whose source is `image_id`.
pub fn images_copied_from(conn: &Connection, image_id: &str, viewer: &str) -> rusqlite::Result<Vec<Image>> {
    let sql = format!(
        "SELECT {IMAGE_COLUMNS} FROM images i LEFT JOIN accounts a ON a.account_id = i.owner_id
         WHERE i.source_image_id = :id ORDER BY i.id"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let mut v = st
        .query_map(&[(":viewer", &viewer as &dyn ToSql), (":id", &image_id)], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    attach_details(conn, &mut v)?;
    Ok(v)
}

/// The image that already uses `name` for (owner, region), if any (R-IMG-2).
pub fn image_named(conn: &Connection, owner: &str, region: &str, name: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached(
        "SELECT image_id FROM images INDEXED BY images_name
         WHERE owner_id = ?1 AND region = ?2 AND name = ?3 AND state <> 'deregistered'",
    )?
    .query_row([owner, region, name], |r| r.get(0))
    .optional()
}

pub fn insert_image(conn: &Connection, i: &Image) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO images (image_id, region, owner_id, name, description, state, created, ready_at, outcome,
            architecture, root_device_type, root_device_name, platform_details, usage_operation, billing_products,
            product_codes, public, source_image_id, source_image_region, source_instance_id, template_size, imported,
            registration, imds_support)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
            ?23, ?24)",
    )?
    .execute(params![
        i.image_id,
        i.region,
        i.owner_id,
        i.name,
        i.description,
        i.state.as_str(),
        i.creation_date,
        i.ready_at,
        i.outcome.as_str(),
        i.architecture,
        i.root_device_type,
        i.root_device_name,
        i.platform_details,
        i.usage_operation,
        (!i.billing_products.is_empty()).then(|| i.billing_products.join(",")),
        (!i.product_codes.is_empty()).then(|| i
            .product_codes
            .iter()
            .map(|p| p.product_code_id.as_str())
            .collect::<Vec<_>>()
            .join(",")),
        i.public,
        i.source_image_id,
        i.source_image_region,
        i.source_instance_id,
        i.template_size,
        i.imported,
        (!i.registration.is_default()).then(|| serde_json::to_string(&i.registration).unwrap_or_default()),
        i.imds_support,
    ])?;
    let id = conn.last_insert_rowid();
    let mut st = conn.prepare_cached(
        "INSERT INTO image_devices (image_id, device_name, snapshot_id, volume_size, encrypted, kms_key_id,
         delete_on_termination, volume_type, iops, throughput) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for b in &i.block_device_mappings {
        st.execute(params![
            id,
            b.device_name,
            b.ebs.snapshot_id,
            b.ebs.volume_size,
            b.ebs.encrypted,
            b.ebs.kms_key_id,
            b.ebs.delete_on_termination,
            b.ebs.volume_type,
            b.ebs.iops,
            b.ebs.throughput
        ])?;
    }
    if i.public {
        add_launch_permissions(conn, id, &["all".to_string()])?;
    }
    Ok(id)
}

pub fn set_image_state(conn: &Connection, image_row: i64, state: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET state = ?2 WHERE id = ?1")?.execute(params![image_row, state])?;
    Ok(())
}

pub fn deregister_image(conn: &Connection, image_row: i64, now: i64) -> rusqlite::Result<()> {
    clear_launch_permissions(conn, image_row)?;
    conn.prepare_cached("UPDATE images SET state = 'deregistered', deregistered_at = ?2 WHERE id = ?1")?
        .execute(params![image_row, now])?;
    Ok(())
}

pub fn set_root_device_name(conn: &Connection, image_row: i64, name: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET root_device_name = ?2 WHERE id = ?1")?.execute(params![image_row, name])?;
    Ok(())
}

/// ImageAttribute lastLaunchedTime.
pub fn set_last_launched(conn: &Connection, image_row: i64, at: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET last_launched = ?2 WHERE id = ?1")?.execute(params![image_row, at])?;
    Ok(())
}

/// ImdsSupport (`v2.0`): set once, never unset.
pub fn set_imds_support(conn: &Connection, image_row: i64, value: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET imds_support = ?2 WHERE id = ?1")?.execute(params![image_row, value])?;
    Ok(())
}

pub fn set_description(conn: &Connection, image_row: i64, description: Option<&str>) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET description = ?2 WHERE id = ?1")?
        .execute(params![image_row, description])?;
    Ok(())
}

pub fn set_deprecation(conn: &Connection, image_row: i64, at: Option<i64>) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET deprecation_time = ?2 WHERE id = ?1")?.execute(params![image_row, at])?;
    Ok(())
}

pub fn set_protection(conn: &Connection, image_row: i64, protection: &str, until: Option<i64>) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET protection = ?2, protection_until = ?3 WHERE id = ?1")?
        .execute(params![image_row, protection, until])?;
    Ok(())
}

/// For each snapshot, the registered images it backs (R-IMG-6).
pub fn images_using_snapshots(conn: &Connection, snapshot_ids: &[String]) -> rusqlite::Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT d.snapshot_id, i.image_id FROM image_devices d JOIN images i ON i.id = d.image_id
         WHERE d.snapshot_id IN rarray(?1) AND i.state <> 'deregistered' ORDER BY i.id",
    )?;
    let rows = st.query_map([array(snapshot_ids.iter().cloned())], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Image IDs in a region starting with `prefix` and visible to `viewer`, with names (completion).
pub fn image_ids_with_prefix(
    conn: &Connection,
    viewer: &str,
    region: &str,
    prefix: &str,
    limit: i64,
) -> rusqlite::Result<Vec<(String, String)>> {
    let upper = crate::store::prefix_end(prefix);
    let mut st = conn.prepare_cached(
        "SELECT i.image_id, i.name FROM images i INDEXED BY images_id
         WHERE i.image_id >= ?3 AND i.image_id < ?4 AND i.region = ?2 AND i.state <> 'deregistered'
           AND (i.owner_id = ?1 OR i.public = 1
                OR EXISTS (SELECT 1 FROM launch_permissions lp WHERE lp.image_id = i.id AND lp.grantee = ?1))
         ORDER BY i.image_id LIMIT ?5",
    )?;
    let rows = st.query_map(params![viewer, region, prefix, upper, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Of these images, the ones with an explicit launch permission for `grantee` (`all`: public).
pub fn images_launchable_by(conn: &Connection, rows: &[i64], grantee: &str) -> rusqlite::Result<Vec<i64>> {
    let mut st =
        conn.prepare_cached("SELECT image_id FROM launch_permissions WHERE grantee = ?2 AND image_id IN rarray(?1)")?;
    let rows = st.query_map(params![int_array(rows.iter().copied()), grantee], |r| r.get(0))?;
    rows.collect()
}

pub fn set_product_codes(conn: &Connection, image_row: i64, codes: &[String]) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE images SET product_codes = ?2 WHERE id = ?1")?
        .execute(params![image_row, (!codes.is_empty()).then(|| codes.join(","))])?;
    Ok(())
}

/// Of these images, the ones with any launch permission (accounts or `all`).
pub fn images_with_permissions(conn: &Connection, rows: &[i64]) -> rusqlite::Result<Vec<i64>> {
    let mut st =
        conn.prepare_cached("SELECT DISTINCT image_id FROM launch_permissions WHERE image_id IN rarray(?1)")?;
    let rows = st.query_map(params![int_array(rows.iter().copied())], |r| r.get(0))?;
    rows.collect()
}

/// R-ID-2: of these IDs, the images deregistered in the region that
/// DescribeImages still answers with an empty list for `viewer`: for one
/// hour after deregistration, and while an instance launched from the image
/// is not terminated. The viewer is the owner, or runs such an instance.
pub fn recently_deregistered(
    conn: &Connection,
    region: Option<&str>,
    ids: &[String],
    viewer: &str,
    now: i64,
) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT i.image_id FROM images i
         WHERE i.image_id IN rarray(?1) AND (?2 IS NULL OR i.region = ?2) AND i.state = 'deregistered'
           AND (i.owner_id = ?3 OR EXISTS (SELECT 1 FROM instances n WHERE n.image_id = i.image_id
                  AND n.region = i.region AND n.owner_id = ?3 AND n.state <> 'terminated'))
           AND (i.deregistered_at > ?4 - 3600 OR EXISTS (SELECT 1 FROM instances n WHERE n.image_id = i.image_id
                  AND n.region = i.region AND n.state <> 'terminated'))",
    )?;
    let rows = st.query_map(params![array(ids.iter().cloned()), region, viewer, now], |r| r.get(0))?;
    rows.collect()
}
