//! `copy`: CopyImage within and across regions and accounts (R-CPY-1..7).

use super::create::{build_image, check_description, check_name, check_name_free, ready_delay, ImageSpec, VolumeSpec};
use super::tags::{self, TagSpecification};
use super::{idempotency, keys, output, Ctx, Response, Shape, Wait};
use crate::access::{self, Action, Facts};
use crate::cost;
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::regions;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CopyImage {
    pub source_image_id: String,
    pub source_region: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub encrypted: bool,
    pub unencrypted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    pub copy_tags: bool,
    /// Tags for the new image and its snapshots.
    pub tag_specifications: Vec<TagSpecification>,
    /// Idempotency token (same token, same parameters: the same answer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(skip)]
    pub wait: Wait,
    /// Failure injection (drills): the copy settles as `failed`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fail: bool,
    /// Failure injection (drills): the destination region is this many times slower.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slowdown: Option<u32>,
}

pub fn copy_image(ctx: &Ctx, r: CopyImage) -> Result<Response, OpError> {
    let wait = r.wait.clone();
    let id = match r.client_token.clone() {
        None => copy(ctx, r)?,
        Some(token) => {
            let parameters = serde_json::to_value(CopyImage { client_token: None, ..r.clone() }).unwrap_or_default();
            match idempotency::replay(ctx, "CopyImage", &token, &parameters)? {
                Some(ids) => ids.into_iter().next().unwrap_or_default(),
                None => {
                    let id = copy(ctx, r)?;
                    idempotency::remember(ctx, "CopyImage", &token, &parameters, std::slice::from_ref(&id))?;
                    id
                }
            }
        }
    };
    let out = output::ImageId { image_id: id.clone() };
    Ok(Response::typed(Shape::Record, out).waiting(super::clock::Waiter::ImageAvailable, vec![id], &wait))
}

fn copy(ctx: &Ctx, r: CopyImage) -> Result<String, OpError> {
    ids::check_image_id(&r.source_image_id)?;
    regions::check(&r.source_region, "source region")?; // R-ID-4
    check_name(&r.name)?; // R-CPY-2
    let [image_tags, snapshot_tags] = tags::tags_by_type(&r.tag_specifications, ["image", "snapshot"])?;
    check_description(r.description.as_deref())?;
    if r.kms_key_id.is_some() && !r.encrypted {
        return Err(ApiError::new(
            Code::InvalidParameterDependency,
            "The parameter KmsKeyId requires the parameter Encrypted to be set.",
        )
        .with_hint("add --encrypted, or drop --kms-key-id")
        .into()); // R-CPY-4
    }
    if r.encrypted && r.unencrypted {
        // R-CPY-4
        return Err(ApiError::new(
            Code::InvalidParameterCombination,
            "A copy cannot be both encrypted and unencrypted",
        )
        .with_hint("--encrypted and --unencrypted cannot be combined")
        .into());
    }
    // R-ID-4: the source is looked up in its own region only.
    let source = store::find_image(ctx.db, &r.source_region, &r.source_image_id, ctx.account)?.ok_or_else(|| {
        ApiError::new(Code::InvalidAmiIdNotFound, format!("The image id '[{}]' does not exist", r.source_image_id))
            .with_hint(format!("the source is looked up in {} (--source-region)", r.source_region))
    })?;
    let facts = Facts::load(ctx.db, &source, ctx.account)?;
    access::require(&access::reasons(&source, &facts, ctx.account, Action::Copy))?;
    if source.is_instance_store() && r.encrypted {
        return refuse(
            Code::InvalidParameterCombination,
            "Instance-store images cannot be encrypted by copy", // R-CPY-4
        );
    }
    // R-CPY-4: encrypted → unencrypted is the one refused cell of the matrix.
    if r.unencrypted {
        if let Some(s) = facts.snapshots.iter().find(|s| s.encrypted) {
            return refuse(
                Code::InvalidRequest,
                format!(
                    "Snapshot {} is encrypted. Creating unencrypted copy from an encrypted snapshot is not supported.",
                    s.snapshot_id
                ),
            );
        }
    }
    check_name_free(ctx, ctx.account, ctx.region, &r.name)?;
    let same_place = source.region == ctx.region && source.owner_id == ctx.account;
    let chosen =
        if r.encrypted { Some(keys::key_for_encryption(ctx, ctx.region, r.kms_key_id.as_deref())?) } else { None };
    let default_key = if chosen.is_none() && !same_place && source.is_encrypted() {
        Some(keys::key_for_encryption(ctx, ctx.region, None)?)
    } else {
        None
    };
    let mut volumes = Vec::new();
    for b in &source.block_device_mappings {
        let key = match (&chosen, b.ebs.encrypted) {
            (Some(k), _) => Some(k.clone()),
            (None, false) => None,
            // A same-region, same-account copy keeps the source key; otherwise the caller's aws/ebs.
            (None, true) if same_place => {
                facts.keys.iter().find(|k| Some(&k.arn) == b.ebs.kms_key_id.as_ref()).cloned()
            }
            (None, true) => default_key.clone(),
        };
        volumes.push(VolumeSpec {
            device: b.device_name.clone(),
            size: b.ebs.volume_size,
            key,
            source_snapshot: b.ebs.snapshot_id.clone(),
            volume_type: b.ebs.volume_type.clone(),
            iops: b.ebs.iops,
            throughput: b.ebs.throughput,
            delete_on_termination: b.ebs.delete_on_termination,
            existing: None,
        });
    }
    let cross_region = source.region != ctx.region;
    let image = build_image(
        ctx,
        ImageSpec {
            owner: ctx.account,
            region: ctx.region,
            name: r.name.clone(),
            description: r.description.clone().or_else(|| source.description.clone()),
            architecture: source.architecture.clone(),
            instance_store: source.is_instance_store(),
            volumes,
            template_size: source.template_size,
            platform_details: source.platform_details.clone(),
            usage_operation: source.usage_operation.clone(),
            billing_products: source.billing_products.clone(),
            product_codes: source.product_codes.clone(),
            source_image_id: Some(source.image_id.clone()),
            source_image_region: Some(source.region.clone()),
            source_instance_id: None,
            ready_delay: ready_delay(source.total_size(), cross_region) * i64::from(r.slowdown.unwrap_or(1).max(1)),
            fail: r.fail,
            public: false,
            snapshot_note: format!("Copied for DestinationAmi from SourceAmi {}", source.image_id),
            // A copy keeps what its source was registered with.
            registration: source.registration.clone(),
            imds_support: source.imds_support.clone(),
        },
    )?;
    // R-COST-3: the bytes leave the source region at the source snapshots' owner's expense.
    if cross_region {
        if source.is_instance_store() {
            charge_transfer(ctx, &source.owner_id, &source.region, &source.image_id, source.template_size)?;
        }
        for s in &facts.snapshots {
            charge_transfer(ctx, &s.owner_id, &s.region, &s.snapshot_id, s.volume_size)?;
        }
    }
    // R-CPY-3: tags only on request; launch permissions, deprecation and protection never.
    if r.copy_tags {
        store::set_tags(ctx.db, &image.image_id, &source.tags)?;
    }
    super::create::tag_new_image(ctx, &image, &image_tags, &snapshot_tags)?;
    if let Some(v) = &source.imds_support {
        store::set_imds_support(ctx.db, image.row, v)?; // a copy keeps ImdsSupport
    }
    Ok(image.image_id)
}

/// R-COST-3: inter-region transfer, billed to the owner of the bytes as they leave `region`.
pub fn charge_transfer(ctx: &Ctx, owner: &str, region: &str, resource: &str, gib: i64) -> Result<(), OpError> {
    if ctx.is_system(owner)? {
        return Ok(());
    }
    let m = store::Meter {
        account_id: owner,
        region,
        cause: "data-transfer",
        resource_id: resource,
        quantity: gib as f64,
        unit: "GiB",
        rate: cost::TRANSFER_PER_GIB,
    };
    Ok(store::charge(ctx.db, &m, gib as f64 * cost::TRANSFER_PER_GIB, ctx.now)?)
}
