//! `catalog import FILE` / `catalog list` (README, "Use your real tools"): real
//! public images, with their own IDs, added to the world from a DescribeImages
//! JSON document; all or nothing.

use super::create::{build_image_as, Identity, ImageSpec, VolumeSpec, VOLUME_TYPES};
use super::{Ctx, Response};
use crate::clock;
use crate::error::{ApiError, Code, OpError};
use crate::ids;
use crate::model::{Account, ProductCode};
use crate::regions;
use crate::store::{self, ImageQuery, ImageScope, NameMatch};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportCatalog {
    /// The document, as `aws ec2 describe-images --output json` prints it.
    #[serde(skip)]
    pub document: Value,
    /// Where items without a `Region` key go.
    pub region: String,
    /// Where the document came from (recorded in the audit event).
    pub source: String,
}

fn bad(index: usize, field: &str, why: impl std::fmt::Display) -> ApiError {
    ApiError::new(Code::InvalidParameterValue, format!("Images[{index}].{field}: {why}"))
}

/// One image of the document, checked.
struct Item {
    image_id: String,
    name: String,
    description: Option<String>,
    owner: String,
    owner_alias: Option<String>,
    region: String,
    architecture: String,
    instance_store: bool,
    root_device_name: Option<String>,
    /// Device, snapshot, size, volume type.
    volumes: Vec<(String, Option<String>, i64, String)>,
    platform_details: String,
    usage_operation: String,
    product_codes: Vec<String>,
    creation_date: Option<i64>,
    deprecation_time: Option<i64>,
}

fn text<'a>(item: &'a Value, index: usize, field: &str) -> Result<Option<&'a str>, ApiError> {
    match &item[field] {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s)),
        _ => Err(bad(index, field, "must be a string")),
    }
}

fn required<'a>(item: &'a Value, index: usize, field: &str) -> Result<&'a str, ApiError> {
    text(item, index, field)?.ok_or_else(|| bad(index, field, "is missing"))
}

fn time(item: &Value, index: usize, field: &str) -> Result<Option<i64>, ApiError> {
    match text(item, index, field)? {
        None => Ok(None),
        Some(t) => clock::parse(t).map(Some).ok_or_else(|| bad(index, field, format!("'{t}' is not an RFC 3339 time"))),
    }
}

fn parse_item(item: &Value, index: usize, default_region: &str) -> Result<Item, ApiError> {
    if !item.is_object() {
        return Err(bad(index, "", "must be an object"));
    }
    let image_id = required(item, index, "ImageId")?.to_string();
    ids::check_image_id(&image_id)
        .map_err(|_| bad(index, "ImageId", format!("'{image_id}' is not an image ID (ami- and 8 or 17 hex digits)")))?;
    let name = required(item, index, "Name")?.to_string();
    if name.is_empty() || name.chars().count() > 128 || name.chars().any(char::is_control) {
        return Err(bad(index, "Name", "must be 1 to 128 printable characters"));
    }
    let description = text(item, index, "Description")?.map(str::to_string);
    super::create::check_description(description.as_deref()).map_err(|e| bad(index, "Description", e.message))?;
    let owner = required(item, index, "OwnerId")?.to_string();
    if !ids::is_account(&owner) {
        return Err(bad(index, "OwnerId", format!("'{owner}' is not a 12-digit account ID")));
    }
    let region = text(item, index, "Region")?.unwrap_or(default_region).to_string();
    if !regions::is_region(&region) {
        return Err(bad(index, "Region", format!("'{region}' is not a region")));
    }
    let architecture = text(item, index, "Architecture")?.unwrap_or("x86_64").to_string();
    if !matches!(architecture.as_str(), "x86_64" | "arm64") {
        return Err(bad(index, "Architecture", format!("'{architecture}' is not simulated: x86_64 or arm64")));
    }
    let instance_store = match text(item, index, "RootDeviceType")?.unwrap_or("ebs") {
        "ebs" => false,
        "instance-store" => true,
        other => return Err(bad(index, "RootDeviceType", format!("'{other}': expected ebs or instance-store"))),
    };
    let mut volumes = Vec::new();
    match &item["BlockDeviceMappings"] {
        Value::Null => {}
        Value::Array(list) => {
            for (n, m) in list.iter().enumerate() {
                let field = |f: &str| format!("BlockDeviceMappings[{n}].{f}");
                if m["Ebs"].is_null() {
                    continue; // ephemeral (instance-store) volumes hold no snapshot
                }
                let device = m["DeviceName"].as_str().ok_or_else(|| bad(index, &field("DeviceName"), "is missing"))?;
                let size = m["Ebs"]["VolumeSize"].as_i64().filter(|s| (1..=16_384).contains(s));
                let size =
                    size.ok_or_else(|| bad(index, &field("Ebs.VolumeSize"), "must be an integer from 1 to 16384"))?;
                if m["Ebs"]["Encrypted"].as_bool() == Some(true) {
                    return Err(bad(index, &field("Ebs.Encrypted"), "public catalog images are unencrypted"));
                }
                let snapshot = match &m["Ebs"]["SnapshotId"] {
                    Value::Null => None,
                    Value::String(s) if ids::check_snapshot_id(s).is_ok() => Some(s.clone()),
                    other => return Err(bad(index, &field("Ebs.SnapshotId"), format!("{other} is not a snapshot ID"))),
                };
                let volume_type = match &m["Ebs"]["VolumeType"] {
                    Value::Null => "gp3".to_string(),
                    Value::String(t) if VOLUME_TYPES.contains(&t.as_str()) => t.clone(),
                    other => {
                        return Err(bad(
                            index,
                            &field("Ebs.VolumeType"),
                            format!("{other} is not a volume type: {}", VOLUME_TYPES.join(", ")),
                        ))
                    }
                };
                volumes.push((device.to_string(), snapshot, size, volume_type));
            }
        }
        _ => return Err(bad(index, "BlockDeviceMappings", "must be a list")),
    }
    if !instance_store && volumes.is_empty() {
        return Err(bad(index, "BlockDeviceMappings", "an EBS-backed image needs at least one EBS volume"));
    }
    let usage_operation = text(item, index, "UsageOperation")?.unwrap_or("RunInstances").to_string();
    let platform_details = text(item, index, "PlatformDetails")?
        .map(str::to_string)
        .unwrap_or_else(|| if item["Platform"] == "windows" { "Windows" } else { "Linux/UNIX" }.to_string());
    let mut product_codes = Vec::new();
    if let Some(list) = item["ProductCodes"].as_array() {
        for (n, p) in list.iter().enumerate() {
            let code = p["ProductCodeId"]
                .as_str()
                .ok_or_else(|| bad(index, &format!("ProductCodes[{n}].ProductCodeId"), "is missing"))?;
            product_codes.push(code.to_string());
        }
    }
    Ok(Item {
        image_id,
        name,
        description,
        owner_alias: text(item, index, "ImageOwnerAlias")?.map(str::to_string),
        owner,
        region,
        architecture,
        instance_store,
        root_device_name: text(item, index, "RootDeviceName")?.map(str::to_string),
        volumes,
        platform_details,
        usage_operation,
        product_codes,
        creation_date: time(item, index, "CreationDate")?,
        deprecation_time: time(item, index, "DeprecationTime")?,
    })
}

/// Billing products from the usage operation AWS bills by (R-CPY-6, R-COST-4).
fn billing_products(usage_operation: &str) -> Vec<String> {
    match usage_operation {
        "RunInstances:0002" | "RunInstances:0102" | "RunInstances:0006" | "RunInstances:0202" => vec!["windows".into()],
        "RunInstances:0010" | "RunInstances:0014" => vec!["rhel".into()],
        _ => Vec::new(),
    }
}

pub fn import_catalog(ctx: &Ctx, r: ImportCatalog) -> Result<Response, OpError> {
    let list = r.document["Images"].as_array().ok_or_else(|| {
        ApiError::new(Code::InvalidParameterValue, "Images: the document must be {\"Images\": [...]}")
            .with_hint("as aws ec2 describe-images --output json prints it")
    })?;
    let items = list.iter().enumerate().map(|(n, i)| parse_item(i, n, &r.region)).collect::<Result<Vec<_>, _>>()?;
    // All or nothing: every ID and name is checked before anything is added.
    let mut seen_ids = HashSet::new();
    let mut seen_names = HashSet::new();
    let mut seen_snaps = HashSet::new();
    for (n, i) in items.iter().enumerate() {
        if !seen_ids.insert(&i.image_id) || store::find_image_anywhere(ctx.db, &i.image_id, ctx.account)?.is_some() {
            return Err(ApiError::new(
                Code::InvalidAmiIdDuplicate,
                format!("Images[{n}].ImageId: the image {} is already in this world", i.image_id),
            )
            .into());
        }
        let taken = store::image_named(ctx.db, &i.owner, &i.region, &i.name)?;
        if !seen_names.insert((&i.owner, &i.region, &i.name)) || taken.is_some() {
            return Err(ApiError::new(
                Code::InvalidAmiNameDuplicate,
                format!(
                    "Images[{n}].Name: AMI name {} is already in use by an image of {} in {}",
                    i.name, i.owner, i.region
                ),
            )
            .into());
        }
        for (_, snap, _, _) in &i.volumes {
            if let Some(s) = snap {
                if !seen_snaps.insert(s.clone()) || store::snapshot_exists(ctx.db, s)? {
                    return Err(
                        bad(n, "BlockDeviceMappings", format!("the snapshot {s} is already in this world")).into()
                    );
                }
            }
        }
    }
    let mut imported = Vec::new();
    for item in items {
        // Owners that are not accounts of the world become system owners (R-ID-3).
        if store::account(ctx.db, &item.owner)?.is_none() {
            let name = item.owner_alias.clone().unwrap_or_else(|| format!("catalog owner {}", item.owner));
            let alias =
                item.owner_alias.clone().filter(|a| store::account_by_alias(ctx.db, a).ok().flatten().is_none());
            store::insert_account(ctx.db, &Account { account_id: item.owner.clone(), name, system: true, alias })?;
        }
        for code in &item.product_codes {
            if store::product(ctx.db, code, ctx.account)?.is_none() {
                store::insert_product(ctx.db, code, &item.name, &item.owner, 0.0, Some(&item.image_id))?;
            }
        }
        let mut snapshot_ids = Vec::new();
        let mut volumes = Vec::new();
        for (device, snap, size, volume_type) in &item.volumes {
            snapshot_ids.push(match snap {
                Some(s) => s.clone(),
                None => ctx.new_id(ids::Kind::Snapshot)?,
            });
            volumes.push(VolumeSpec {
                device: device.clone(),
                size: *size,
                key: None,
                source_snapshot: None,
                volume_type: volume_type.clone(),
                iops: None,
                throughput: None,
                delete_on_termination: true,
                existing: None,
            });
        }
        let spec = ImageSpec {
            owner: &item.owner,
            region: &item.region,
            name: item.name.clone(),
            description: item.description.clone(),
            architecture: item.architecture.clone(),
            instance_store: item.instance_store,
            volumes: if item.instance_store { Vec::new() } else { volumes },
            template_size: if item.instance_store { 10 } else { 0 },
            billing_products: billing_products(&item.usage_operation),
            platform_details: item.platform_details.clone(),
            usage_operation: item.usage_operation.clone(),
            product_codes: item
                .product_codes
                .iter()
                .map(|c| ProductCode { product_code_id: c.clone(), product_code_type: "marketplace".into() })
                .collect(),
            source_image_id: None,
            source_image_region: None,
            source_instance_id: None,
            ready_delay: 0,
            fail: false,
            public: true,
            snapshot_note: "Imported catalog snapshot".into(),
            registration: Default::default(),
            imds_support: None,
        };
        let who = Identity {
            image_id: item.image_id.clone(),
            snapshot_ids: if item.instance_store { Vec::new() } else { snapshot_ids },
            creation_date: item.creation_date.unwrap_or(ctx.now),
            imported: true,
        };
        let image = build_image_as(ctx, spec, who)?;
        if let Some(root) = &item.root_device_name {
            store::set_root_device_name(ctx.db, image.row, root)?;
        }
        if item.deprecation_time.is_some() {
            store::set_deprecation(ctx.db, image.row, item.deprecation_time)?;
        }
        imported.push(super::output::CatalogImage {
            image_id: item.image_id,
            name: item.name,
            owner_id: item.owner,
            region: item.region,
        });
    }
    Ok(Response::typed(super::Shape::Catalog, super::output::CatalogImages { images: imported }))
}

/// `catalog list`: every imported image, in every region.
pub fn list_catalog(ctx: &Ctx) -> Result<Response, OpError> {
    let q = ImageQuery { viewer: ctx.account, region: None, scope: ImageScope::Imported, name: NameMatch::Any };
    Ok(Response::images(store::query_images(ctx.db, &q)?, None))
}
