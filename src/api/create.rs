//! `create`: CreateImage from an instance, or RegisterImage from a described
//! root volume (R-IMG-1..5); and the image builder that copy and the catalog share.

use super::tags::{self, TagSpecification};
use super::{keys, Ctx, Response, Shape, Wait};
use crate::clock::{HOUR, MINUTE};
use crate::cost;
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::model::{BlockDeviceMapping, Ebs, Image, ImageState, InstanceState, Key, ProductCode, Registration, Tag};
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateImage {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_size: Option<i64>,
    /// `DEV=GIB` extra volumes, validated here (R-ID-2 style: by the service).
    pub volumes: Vec<String>,
    pub instance_store: bool,
    pub encrypted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub architecture: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Tags for the new image and its snapshots (the CLI's `--tag` tags the image).
    pub tag_specifications: Vec<TagSpecification>,
    pub no_reboot: bool,
    /// RegisterImage from an existing snapshot (the root volume's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_snapshot: Option<String>,
    /// The root device (default /dev/xvda).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_device_name: Option<String>,
    /// Per-device attributes given over the API, kept as given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub device_details: Vec<DeviceDetail>,
    #[serde(skip_serializing_if = "Registration::is_default")]
    pub registration: Registration,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imds_support: Option<String>,
    #[serde(skip)]
    pub wait: Wait,
}

/// A block device mapping's attributes beyond its size (RegisterImage).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeviceDetail {
    pub device_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iops: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throughput: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_on_termination: Option<bool>,
}

/// EBS volume types (botocore's VolumeType enum).
pub const VOLUME_TYPES: &[&str] = &["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"];

/// RegisterImage's attributes: AWS's values only.
fn check_registration(r: &Registration, imds: Option<&str>) -> Result<(), OpError> {
    let checks: [(&str, Option<&str>, &[&str]); 5] = [
        ("virtualizationType", r.virtualization_type.as_deref(), &["hvm", "paravirtual"]),
        ("bootMode", r.boot_mode.as_deref(), &["legacy-bios", "uefi", "uefi-preferred"]),
        ("tpmSupport", r.tpm_support.as_deref(), &["v2.0"]),
        ("sriovNetSupport", r.sriov_net_support.as_deref(), &["simple"]),
        ("imdsSupport", imds, &["v2.0"]),
    ];
    for (name, value, valid) in checks {
        if let Some(v) = value.filter(|v| !valid.contains(v)) {
            return refuse(
                Code::InvalidParameterValue,
                format!("Value ({v}) for parameter {name} is invalid. Valid values: {}", valid.join(", ")),
            );
        }
    }
    Ok(())
}

/// Applies the API's per-device attributes to the volumes they name.
fn apply_details(volumes: &mut [VolumeSpec], details: &[DeviceDetail]) -> Result<(), OpError> {
    for d in details {
        let Some(v) = volumes.iter_mut().find(|v| v.device == d.device_name) else { continue };
        if let Some(t) = &d.volume_type {
            if !VOLUME_TYPES.contains(&t.as_str()) {
                return refuse(Code::InvalidParameterValue, format!("Value ({t}) for parameter volumeType is invalid"));
            }
            v.volume_type = t.clone();
        }
        for (name, value) in [("iops", d.iops), ("throughput", d.throughput)] {
            if value.is_some_and(|n| n <= 0) {
                return refuse(Code::InvalidParameterValue, format!("Value for parameter {name} must be positive"));
            }
        }
        v.iops = d.iops.or(v.iops);
        v.throughput = d.throughput.or(v.throughput);
        v.delete_on_termination = d.delete_on_termination.unwrap_or(v.delete_on_termination);
    }
    Ok(())
}

/// R-IMG-2: 3–128 characters of letters, digits, space and `( ) [ ] . / - ' @ _`.
pub fn check_name(name: &str) -> Result<(), OpError> {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || " ()[]./-'@_".contains(c);
    if (3..=128).contains(&name.chars().count()) && name.chars().all(ok_char) {
        Ok(())
    } else {
        refuse(
            Code::InvalidAmiNameMalformed,
            format!(
                "AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/', '_', '[', ']', ' ', '@' and '''; got \"{name}\""
            ),
        )
    }
}

pub fn check_description(d: Option<&str>) -> Result<(), ApiError> {
    match d {
        Some(d) if d.chars().count() > 255 => refuse(
            Code::InvalidParameterValue,
            format!("Value for parameter Description is too long: {} characters (at most 255)", d.chars().count()),
        ),
        _ => Ok(()),
    }
}

/// R-IMG-2: the name must be free for this owner in this region.
pub fn check_name_free(ctx: &Ctx, owner: &str, region: &str, name: &str) -> Result<(), OpError> {
    match store::image_named(ctx.db, owner, region, name)? {
        Some(other) => {
            refuse(Code::InvalidAmiNameDuplicate, format!("AMI name {name} is already in use by AMI {other}"))
        }
        None => Ok(()),
    }
}

/// R-IMG-5: how long an image takes to settle; grows with size and transfer,
/// at most 24 hours (a 1 TiB cross-region copy takes about 17).
pub fn ready_delay(total_gib: i64, cross_region: bool) -> i64 {
    let base = 2 * MINUTE + 15 * total_gib;
    let transfer = if cross_region { 5 * MINUTE + 45 * total_gib } else { 0 };
    (base + transfer).min(24 * HOUR)
}

/// One EBS volume of a new image: a new snapshot is made for it.
#[derive(Debug, Clone)]
pub struct VolumeSpec {
    pub device: String,
    pub size: i64,
    /// The key to encrypt the new snapshot with (None: unencrypted).
    pub key: Option<Key>,
    pub source_snapshot: Option<String>,
    /// gp3 unless the source says otherwise (a copied image, a catalog entry).
    pub volume_type: String,
    pub iops: Option<i64>,
    pub throughput: Option<i64>,
    pub delete_on_termination: bool,
    /// RegisterImage from a snapshot: the image is backed by this existing
    /// snapshot (its encryption and key), and no new one is made (R-IMG-4).
    pub existing: Option<ExistingSnapshot>,
}

/// An existing snapshot a registered image is backed by.
#[derive(Debug, Clone)]
pub struct ExistingSnapshot {
    pub snapshot_id: String,
    pub encrypted: bool,
    pub kms_key_id: Option<String>,
}

impl VolumeSpec {
    /// A fresh gp3 volume of `size` GiB that goes with the instance.
    pub fn new(device: String, size: i64, key: Option<Key>) -> VolumeSpec {
        VolumeSpec {
            device,
            size,
            key,
            source_snapshot: None,
            volume_type: "gp3".into(),
            iops: None,
            throughput: None,
            delete_on_termination: true,
            existing: None,
        }
    }
}

pub struct ImageSpec<'a> {
    pub owner: &'a str,
    pub region: &'a str,
    pub name: String,
    pub description: Option<String>,
    pub architecture: String,
    pub instance_store: bool,
    pub volumes: Vec<VolumeSpec>,
    pub template_size: i64,
    pub platform_details: String,
    pub usage_operation: String,
    pub billing_products: Vec<String>,
    pub product_codes: Vec<ProductCode>,
    pub source_image_id: Option<String>,
    pub source_image_region: Option<String>,
    pub source_instance_id: Option<String>,
    /// Seconds until the image settles; 0 makes it available at once (catalog).
    pub ready_delay: i64,
    /// Failure injection: the image settles as `failed` (R-IMG-5).
    pub fail: bool,
    pub public: bool,
    pub snapshot_note: String,
    /// RegisterImage's attributes, kept as given (a copy keeps its source's).
    pub registration: Registration,
    /// ImdsSupport given at registration (or kept by a copy).
    pub imds_support: Option<String>,
}

/// Makes the snapshots and the image, and starts metering their storage (R-COST-2).
pub fn build_image(ctx: &Ctx, spec: ImageSpec) -> Result<Image, OpError> {
    let (image_id, snapshot_ids) = ctx.new_image_ids(spec.volumes.len())?;
    build_image_as(ctx, spec, Identity { image_id, snapshot_ids, creation_date: ctx.now, imported: false })
}

/// Who a new image is: its IDs and creation date (real ones for `catalog import`).
pub struct Identity {
    pub image_id: String,
    pub snapshot_ids: Vec<String>,
    pub creation_date: i64,
    pub imported: bool,
}

/// Builds an image with the given identity.
pub fn build_image_as(ctx: &Ctx, spec: ImageSpec, who: Identity) -> Result<Image, OpError> {
    let Identity { image_id, snapshot_ids: snap_ids, creation_date, imported } = who;
    let ready_at = ctx.now + spec.ready_delay;
    let settled = spec.ready_delay == 0;
    let billed = !ctx.is_system(spec.owner)?;
    let mut mappings = Vec::new();
    for (v, snap_id) in spec.volumes.iter().zip(&snap_ids) {
        if let Some(e) = &v.existing {
            // Backed by a snapshot that exists already: nothing new to store or bill.
            mappings.push(BlockDeviceMapping {
                device_name: v.device.clone(),
                ebs: Ebs {
                    volume_type: v.volume_type.clone(),
                    iops: v.iops,
                    throughput: v.throughput,
                    delete_on_termination: v.delete_on_termination,
                    ..Ebs::image_volume(Some(e.snapshot_id.clone()), v.size, e.encrypted, e.kms_key_id.clone())
                },
            });
            continue;
        }
        let description = format!("{} for {image_id}", spec.snapshot_note);
        let new = store::NewSnapshot {
            snapshot_id: snap_id,
            region: spec.region,
            owner_id: spec.owner,
            volume_size: v.size,
            encrypted: v.key.is_some(),
            kms_key_id: v.key.as_ref().map(|k| k.arn.as_str()),
            managed_key: v.key.as_ref().is_some_and(|k| k.is_managed()),
            state: if settled { "completed" } else { "pending" },
            ready_at,
            created: creation_date,
            description: &description,
            source_snapshot_id: v.source_snapshot.as_deref(),
        };
        store::insert_snapshot(ctx.db, &new)?;
        if billed {
            meter_snapshot(ctx, spec.owner, spec.region, snap_id, v.size)?;
        }
        mappings.push(BlockDeviceMapping {
            device_name: v.device.clone(),
            ebs: Ebs {
                volume_type: v.volume_type.clone(),
                iops: v.iops,
                throughput: v.throughput,
                delete_on_termination: v.delete_on_termination,
                ..Ebs::image_volume(
                    Some(snap_id.clone()),
                    v.size,
                    v.key.is_some(),
                    v.key.as_ref().map(|k| k.arn.clone()),
                )
            },
        });
    }
    if spec.instance_store && billed {
        let m = store::Meter {
            account_id: spec.owner,
            region: spec.region,
            cause: "template-storage",
            resource_id: &image_id,
            quantity: spec.template_size as f64,
            unit: "GiB-month",
            rate: cost::TEMPLATE_STORAGE / cost::HOURS_PER_MONTH,
        };
        store::open_meter(ctx.db, &m, ctx.now)?;
    }
    let outcome = if spec.fail { ImageState::Failed } else { ImageState::Available };
    let image = Image {
        row: 0,
        image_id,
        name: spec.name,
        description: spec.description,
        owner_id: spec.owner.to_string(),
        image_owner_alias: None,
        region: spec.region.to_string(),
        state: if settled { outcome } else { ImageState::Pending },
        state_reason: None,
        creation_date,
        architecture: spec.architecture,
        image_type: "machine",
        public: spec.public,
        root_device_type: if spec.instance_store { "instance-store" } else { "ebs" }.into(),
        // The first volume is the root (/dev/sda1 for Windows, /dev/xvda for Linux).
        root_device_name: match mappings.first() {
            Some(m) => m.device_name.clone(),
            None if spec.instance_store => "/dev/sda1".into(),
            None => "/dev/xvda".into(),
        },
        block_device_mappings: mappings,
        virtualization_type: "hvm".into(),
        sriov_net_support: None,
        tpm_support: None,
        hypervisor: "xen",
        ena_support: true,
        platform_details: spec.platform_details,
        usage_operation: spec.usage_operation,
        billing_products: spec.billing_products,
        product_codes: spec.product_codes,
        tags: Vec::new(),
        deprecation_time: None,
        deregistration_protection: "disabled".into(),
        source_image_id: spec.source_image_id,
        source_image_region: spec.source_image_region,
        source_instance_id: spec.source_instance_id,
        ready_at,
        outcome,
        template_size: spec.template_size,
        shared_with_caller: false,
        protection_until: None,
        last_launched_time: None,
        imported,
        platform: None,
        image_location: String::new(),
        boot_mode: None,
        imds_support: spec.imds_support.clone(),
        registration: spec.registration.clone(),
    }
    .derive();
    let row = store::insert_image(ctx.db, &image)?;
    Ok(Image { row, ..image })
}

/// Starts billing a user's standard-tier snapshot (R-COST-2).
pub fn meter_snapshot(ctx: &Ctx, owner: &str, region: &str, snapshot_id: &str, size: i64) -> Result<(), OpError> {
    let m = store::Meter {
        account_id: owner,
        region,
        cause: "snapshot-storage",
        resource_id: snapshot_id,
        quantity: size as f64,
        unit: "GiB-month",
        rate: cost::SNAPSHOT_STANDARD / cost::HOURS_PER_MONTH,
    };
    Ok(store::open_meter(ctx.db, &m, ctx.now)?)
}

fn parse_volume(spec: &str) -> Result<(String, i64), ApiError> {
    let bad = || {
        ApiError::new(
            Code::InvalidParameterValue,
            format!("Invalid volume '{spec}': expected DEVICE=GIB, for example /dev/sdb=20"),
        )
    };
    let (dev, size) = spec.split_once('=').ok_or_else(bad)?;
    let size: i64 = size.trim().parse().map_err(|_| bad())?;
    let dev = if dev.starts_with("/dev/") { dev.to_string() } else { format!("/dev/{dev}") };
    if dev.len() < 8 || !dev[5..].chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(bad());
    }
    check_size(size)?;
    Ok((dev, size))
}

fn check_size(size: i64) -> Result<(), ApiError> {
    if (1..=16_384).contains(&size) {
        Ok(())
    } else {
        refuse(Code::InvalidParameterValue, format!("Volume size {size} GiB is out of range (1 to 16384)"))
    }
}

pub fn create_image(ctx: &Ctx, r: CreateImage) -> Result<Response, OpError> {
    check_name(&r.name)?;
    check_description(r.description.as_deref())?;
    let [image_tags, snapshot_tags] = tags::tags_by_type(&r.tag_specifications, ["image", "snapshot"])?;
    let image = match &r.instance_id {
        Some(instance_id) => from_instance(ctx, &r, instance_id)?,
        None => register(ctx, &r)?,
    };
    tag_new_image(ctx, &image, &image_tags, &snapshot_tags)?;
    let id = image.image_id.clone();
    Ok(Response::typed(Shape::Record, super::output::ImageId { image_id: id.clone() }).waiting(
        super::clock::Waiter::ImageAvailable,
        vec![id],
        &r.wait,
    ))
}

/// Tags a new image and each of its new snapshots (TagSpecification).
pub fn tag_new_image(ctx: &Ctx, image: &Image, image_tags: &[Tag], snapshot_tags: &[Tag]) -> Result<(), OpError> {
    store::set_tags(ctx.db, &image.image_id, image_tags)?;
    if !snapshot_tags.is_empty() {
        for id in image.snapshot_ids() {
            store::set_tags(ctx.db, id, snapshot_tags)?;
        }
    }
    Ok(())
}

/// R-IMG-4 CreateImage: snapshot each EBS volume of the caller's instance.
fn from_instance(ctx: &Ctx, r: &CreateImage, instance_id: &str) -> Result<Image, OpError> {
    if r.root_size.is_some() || !r.volumes.is_empty() || r.instance_store || r.architecture.is_some() {
        return Err(ApiError::new(
            Code::InvalidParameterCombination,
            "An image made from an instance takes the instance's volumes and architecture",
        )
        .with_hint("--instance-id takes the volumes and architecture of the instance: drop --root-size, --volume, --instance-store and --architecture")
        .into());
    }
    if r.encrypted || r.kms_key_id.is_some() {
        return Err(ApiError::new(Code::InvalidParameterCombination, "CreateImage keeps each volume's encryption")
            .with_hint("to encrypt, create the image, then copy it with --encrypted")
            .into());
    }
    ids::check_instance_id(instance_id)?;
    let instance = store::instances(ctx.db, ctx.account, ctx.region, Some(&[instance_id.to_string()]))?
        .into_iter()
        .find(|i| i.owner_id == ctx.account)
        .ok_or_else(|| {
            ApiError::new(Code::InvalidInstanceIdNotFound, format!("The instance ID '{instance_id}' does not exist"))
        })?;
    if instance.root_device_type == "instance-store" {
        return refuse(
            Code::UnsupportedOperation,
            format!(
                "The instance '{instance_id}' is instance-store backed; CreateImage works only on EBS-backed instances"
            ),
        );
    }
    // R-IMG-4: AWS's answer for a pending, shutting-down or terminated instance.
    if !matches!(instance.state, InstanceState { ref name } if matches!(name.as_str(), "running" | "stopping" | "stopped"))
    {
        return Err(ApiError::new(
            Code::InvalidParameterValue,
            format!(
                "Invalid value '{instance_id}' for instanceId. Instance is not in state 'running' or 'stopping' or 'stopped'"
            ),
        )
        .with_hint(format!("it is {}; wait until it runs: amisim wait instance-running {instance_id}", instance.state.name))
        .into());
    }
    check_name_free(ctx, ctx.account, ctx.region, &r.name)?;
    let arns: Vec<String> = instance.block_device_mappings.iter().filter_map(|b| b.ebs.kms_key_id.clone()).collect();
    let known = store::keys_by_arn(ctx.db, &arns)?;
    let volumes = instance
        .block_device_mappings
        .iter()
        .map(|b| VolumeSpec {
            device: b.device_name.clone(),
            size: b.ebs.volume_size,
            key: b.ebs.kms_key_id.as_ref().and_then(|arn| known.iter().find(|k| &k.arn == arn).cloned()),
            source_snapshot: None,
            volume_type: b.ebs.volume_type.clone(),
            iops: None,
            throughput: None,
            delete_on_termination: true,
            existing: None,
        })
        .collect::<Vec<_>>();
    let total: i64 = volumes.iter().map(|v| v.size).sum();
    build_image(
        ctx,
        ImageSpec {
            owner: ctx.account,
            region: ctx.region,
            name: r.name.clone(),
            description: r.description.clone(),
            architecture: instance.architecture.clone(),
            instance_store: false,
            volumes,
            template_size: 0,
            platform_details: instance.platform_details.clone(),
            usage_operation: instance.usage_operation.clone(),
            billing_products: instance.billing_products.clone(),
            product_codes: instance.product_codes.clone(),
            source_image_id: Some(instance.image_id.clone()),
            // AWS records the provenance of CreateImage and CopyImage results alike.
            source_image_region: Some(instance.region.clone()),
            source_instance_id: Some(instance.instance_id.clone()),
            ready_delay: ready_delay(total, false),
            fail: false,
            public: false,
            snapshot_note: format!("Created by CreateImage({instance_id})"),
            registration: Default::default(),
            imds_support: None,
        },
    )
}

/// R-IMG-4 RegisterImage: a root volume described by flags.
fn register(ctx: &Ctx, r: &CreateImage) -> Result<Image, OpError> {
    if r.kms_key_id.is_some() && !r.encrypted {
        return Err(ApiError::new(
            Code::InvalidParameterDependency,
            "The parameter KmsKeyId requires the parameter Encrypted to be set.",
        )
        .with_hint("add --encrypted, or drop --kms-key-id")
        .into()); // R-CPY-4
    }
    if r.instance_store && (r.encrypted || !r.volumes.is_empty()) {
        // R-IMG-3
        return Err(ApiError::new(
            Code::InvalidParameterCombination,
            "Instance-store images hold a root template only: they have no EBS volumes and are not encrypted",
        )
        .with_hint("drop --encrypted and --volume, or make an EBS-backed image")
        .into());
    }
    let architecture = r.architecture.clone().unwrap_or_else(|| "x86_64".into());
    if !matches!(architecture.as_str(), "x86_64" | "arm64") {
        return refuse(
            Code::InvalidParameterValue,
            format!("Invalid value '{architecture}' for architecture: expected x86_64 or arm64"),
        );
    }
    check_registration(&r.registration, r.imds_support.as_deref())?;
    let root_device = r.root_device_name.clone().unwrap_or_else(|| "/dev/xvda".into());
    // AWS's own form: the root volume is an existing snapshot the caller may use.
    let backing = match &r.root_snapshot {
        None => None,
        Some(_) if r.instance_store => {
            return refuse(Code::InvalidParameterCombination, "An instance-store image has no EBS root snapshot")
        }
        Some(id) => {
            ids::check_snapshot_id(id)?;
            let s = store::find_snapshot(ctx.db, ctx.region, id)?
                .filter(|s| {
                    s.owner_id == ctx.account || s.volume_permissions.iter().any(|g| g == ctx.account || g == "all")
                })
                .ok_or_else(|| {
                    ApiError::new(Code::InvalidSnapshotNotFound, format!("The snapshot '{id}' does not exist."))
                })?;
            if s.state != "completed" {
                return refuse(Code::IncorrectState, format!("Snapshot '{id}' is not completed (state: {})", s.state));
            }
            Some(s)
        }
    };
    let root = r.root_size.unwrap_or(match &backing {
        Some(s) => s.volume_size,
        None if r.instance_store => 10,
        None => 8,
    });
    check_size(root)?;
    if let Some(s) = backing.as_ref().filter(|s| root < s.volume_size) {
        return refuse(
            Code::InvalidBlockDeviceMapping,
            format!(
                "Volume of size {root}GB is smaller than snapshot '{}', expect size >= {}GB",
                s.snapshot_id, s.volume_size
            ),
        );
    }
    if r.instance_store && root > 10 {
        return refuse(Code::InvalidParameterValue, "An instance-store root template is at most 10 GiB");
    }
    let mut devices = vec![(root_device, root)];
    for v in &r.volumes {
        let (dev, size) = parse_volume(v)?;
        if devices.iter().any(|(d, _)| *d == dev) {
            return refuse(Code::InvalidBlockDeviceMapping, format!("The device name {dev} is used more than once"));
        }
        devices.push((dev, size));
    }
    let key =
        if r.encrypted { Some(keys::key_for_encryption(ctx, ctx.region, r.kms_key_id.as_deref())?) } else { None };
    check_name_free(ctx, ctx.account, ctx.region, &r.name)?;
    let mut volumes: Vec<VolumeSpec> = if r.instance_store {
        Vec::new()
    } else {
        devices.into_iter().map(|(device, size)| VolumeSpec::new(device, size, key.clone())).collect()
    };
    if let (Some(s), Some(root)) = (&backing, volumes.first_mut()) {
        root.key = None;
        root.existing = Some(ExistingSnapshot {
            snapshot_id: s.snapshot_id.clone(),
            encrypted: s.encrypted,
            kms_key_id: s.kms_key_id.clone(),
        });
    }
    apply_details(&mut volumes, &r.device_details)?;
    let total = if r.instance_store { root } else { volumes.iter().map(|v| v.size).sum() };
    build_image(
        ctx,
        ImageSpec {
            owner: ctx.account,
            region: ctx.region,
            name: r.name.clone(),
            description: r.description.clone(),
            architecture,
            instance_store: r.instance_store,
            volumes,
            template_size: if r.instance_store { root } else { 0 },
            platform_details: "Linux/UNIX".into(),
            usage_operation: "RunInstances".into(),
            billing_products: Vec::new(),
            product_codes: Vec::new(),
            source_image_id: None,
            source_image_region: None,
            source_instance_id: None,
            ready_delay: ready_delay(total, false),
            fail: false,
            public: false,
            snapshot_note: "Created by RegisterImage".into(),
            registration: Registration { registered: true, ..r.registration.clone() },
            imds_support: r.imds_support.clone(),
        },
    )
}
