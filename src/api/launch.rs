//! `launch`: RunInstances (R-SHR-7, R-SHR-8).

use super::tags::{self, TagSpecification};
use super::{idempotency, output, Ctx, Response, Shape, Wait};
use crate::access::{self, Action, Facts, KMS_STATE_REASON};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids::{self, Kind};
use crate::model::{Instance, InstanceState, StateReason};
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RunInstances {
    pub image_id: String,
    /// How many to launch (MaxCount).
    pub count: i64,
    /// The fewest acceptable (MinCount; default: `count`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_size: Option<i64>,
    /// Tags for the instances and their volumes (the CLI's `--tag` tags the instances).
    pub tag_specifications: Vec<TagSpecification>,
    /// Termination protection from the start.
    pub disable_api_termination: bool,
    /// Idempotency token (same token, same parameters: the same answer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// A key pair of the caller in the region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_name: Option<String>,
    /// Security groups by ID and by name (none: the default VPC's default group).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub security_group_ids: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub security_groups: Vec<String>,
    /// A default subnet of the region (its zone places the instances).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_zone: Option<String>,
    #[serde(skip)]
    pub wait: Wait,
}

/// Instance types amisim knows, with their architecture.
pub const INSTANCE_TYPES: &[(&str, &str)] = &[
    ("t2.micro", "x86_64"),
    ("t2.small", "x86_64"),
    ("t3.nano", "x86_64"),
    ("t3.micro", "x86_64"),
    ("t3.small", "x86_64"),
    ("t3.medium", "x86_64"),
    ("t3.large", "x86_64"),
    ("m5.large", "x86_64"),
    ("m5.xlarge", "x86_64"),
    ("m7i.large", "x86_64"),
    ("c5.large", "x86_64"),
    ("c7i.large", "x86_64"),
    ("r5.large", "x86_64"),
    ("t4g.nano", "arm64"),
    ("t4g.micro", "arm64"),
    ("t4g.small", "arm64"),
    ("t4g.medium", "arm64"),
    ("m6g.large", "arm64"),
    ("m7g.large", "arm64"),
    ("c7g.large", "arm64"),
    ("r7g.large", "arm64"),
];

/// R-SHR-8: a known instance type of the image's architecture.
pub fn check_instance_type(instance_type: &str, architecture: &str) -> Result<(), OpError> {
    match INSTANCE_TYPES.iter().find(|(t, _)| *t == instance_type) {
        None => refuse(Code::InvalidParameterValue, format!("Invalid value '{instance_type}' for InstanceType.")),
        Some((_, arch)) if *arch != architecture => refuse(
            Code::InvalidParameterValue,
            format!(
                "The architecture '{arch}' of the specified instance type does not match the architecture '{architecture}' of the specified AMI."
            ),
        ),
        Some(_) => Ok(()),
    }
}

/// Seconds from launch to `running`, and to `terminated` without a usable key.
pub const BOOT_DELAY: i64 = 60;
pub const KMS_FAILURE_DELAY: i64 = 120;

pub fn run_instances(ctx: &Ctx, r: RunInstances) -> Result<Response, OpError> {
    let Some(token) = r.client_token.clone() else {
        return launch(ctx, r);
    };
    let parameters = serde_json::to_value(RunInstances { client_token: None, wait: Wait::default(), ..r.clone() })
        .unwrap_or_default();
    let wait = r.wait.clone();
    // The same token again: the same instances, as they are now; nothing new is made.
    let ids: Vec<String> = match idempotency::replay(ctx, "RunInstances", &token, &parameters)? {
        Some(ids) => ids,
        None => {
            let response = launch(ctx, r)?;
            let made = response.output::<output::Instances>().map(|o| &o.instances[..]).unwrap_or_default();
            let ids: Vec<String> = made.iter().map(|i| i.instance_id.clone()).collect();
            idempotency::remember(ctx, "RunInstances", &token, &parameters, &ids)?;
            ids
        }
    };
    let instances = super::instances::load(ctx, Some(&ids))?;
    Ok(Response::typed(Shape::Instances, output::Instances { instances, next_token: None }).waiting(
        super::clock::Waiter::InstanceRunning,
        ids,
        &wait,
    ))
}

fn launch(ctx: &Ctx, r: RunInstances) -> Result<Response, OpError> {
    ids::check_image_id(&r.image_id)?;
    if let Some(min) = r.min_count {
        if min < 1 || min > r.count {
            return refuse(
                Code::InvalidParameterValue,
                format!("Invalid MinCount {min}: it must be at least 1 and at most MaxCount ({})", r.count),
            );
        }
    }
    if !(1..=100).contains(&r.count) {
        return refuse(
            Code::InvalidParameterValue,
            format!("Invalid count {}: launch 1 to 100 instances at a time", r.count),
        );
    }
    let [tags, volume_tags] = tags::tags_by_type(&r.tag_specifications, ["instance", "volume"])?;
    let image = store::find_image(ctx.db, ctx.region, &r.image_id, ctx.account)?.ok_or_else(|| {
        ApiError::new(Code::InvalidAmiIdNotFound, format!("The image id '[{}]' does not exist", r.image_id))
    })?;
    let facts = Facts::load(ctx.db, &image, ctx.account)?;
    let reasons = access::reasons(&image, &facts, ctx.account, Action::Launch);
    access::require(&reasons)?;
    let instance_type = r
        .instance_type
        .clone()
        .unwrap_or_else(|| if image.architecture == "arm64" { "t4g.micro" } else { "t3.micro" }.to_string());
    check_instance_type(&instance_type, &image.architecture)?;
    if let Some(key) = &r.key_name {
        super::key_pairs::check_key_name(ctx, key)?;
    }
    let zone = requested_zone(ctx, r.subnet_id.as_deref(), r.availability_zone.as_deref())?;
    let security_groups = super::security_groups::resolve(ctx, &r.security_group_ids, &r.security_groups)?;
    let mut mappings = image.block_device_mappings.clone();
    if let Some(size) = r.root_size {
        match mappings.iter_mut().find(|b| b.device_name == image.root_device_name) {
            Some(root) if size < root.ebs.volume_size => {
                return refuse(
                    Code::InvalidBlockDeviceMapping,
                    format!(
                        "Volume of size {size}GB is smaller than snapshot '{}', expect size >= {}GB",
                        root.ebs.snapshot_id.clone().unwrap_or_default(),
                        root.ebs.volume_size
                    ),
                )
            }
            Some(_) if size > 16_384 => {
                return refuse(Code::InvalidBlockDeviceMapping, format!("Volume of size {size}GB exceeds 16384GB"));
            }
            Some(root) => root.ebs.volume_size = size,
            None => {
                return refuse(
                    Code::InvalidBlockDeviceMapping,
                    "An instance-store image has no EBS root volume to resize",
                )
            }
        }
    }
    // R-SHR-7: without usable keys the launch succeeds and the instances terminate.
    let doomed = reasons.iter().find(|x| !x.refuses && x.code == KMS_STATE_REASON);
    // One counter reservation: the reservation, the instances, then each instance's volumes.
    let n = r.count as usize;
    let mut groups = vec![(Kind::Reservation, 1), (Kind::Instance, n)];
    groups.extend(std::iter::repeat_n((Kind::Volume, mappings.len()), n));
    let mut groups = ctx.new_id_groups(&groups)?.into_iter();
    let reservation = groups.next().and_then(|mut r| r.pop()).unwrap_or_default();
    let instance_ids = groups.next().unwrap_or_default();
    let mut instances = Vec::new();
    for (instance_id, volume_ids) in instance_ids.into_iter().zip(groups) {
        let instance = Instance {
            row: 0,
            instance_id,
            image_id: image.image_id.clone(),
            region: ctx.region.to_string(),
            owner_id: ctx.account.to_string(),
            reservation_id: reservation.clone(),
            instance_type: instance_type.clone(),
            architecture: image.architecture.clone(),
            state: InstanceState { name: "pending".into() },
            state_reason: doomed.map(|d| StateReason {
                code: KMS_STATE_REASON.into(),
                message: format!("{KMS_STATE_REASON}: {}", d.message),
            }),
            launch_time: ctx.now,
            root_device_type: image.root_device_type.clone(),
            root_device_name: image.root_device_name.clone(),
            platform_details: image.platform_details.clone(),
            usage_operation: image.usage_operation.clone(),
            product_codes: image.product_codes.clone(),
            billing_products: image.billing_products.clone(),
            block_device_mappings: mappings.clone(),
            tags: tags.clone(),
            placement: Default::default(),
            vpc_id: String::new(),
            subnet_id: String::new(),
            private_ip_address: String::new(),
            private_dns_name: String::new(),
            disable_api_termination: r.disable_api_termination,
            client_token: r.client_token.clone(),
            key_name: r.key_name.clone(),
            security_groups: security_groups.clone(),
            requested_zone: zone.clone(),
        };
        let (ready_at, outcome) = if doomed.is_some() {
            (ctx.now + KMS_FAILURE_DELAY, "terminated")
        } else {
            (ctx.now + BOOT_DELAY, "running")
        };
        let row = store::insert_instance(
            ctx.db,
            &store::NewInstance { instance: &instance, ready_at, outcome, volume_ids: &volume_ids },
        )?;
        store::set_tags(ctx.db, &instance.instance_id, &tags)?;
        for v in &volume_ids {
            store::set_tags(ctx.db, v, &volume_tags)?;
        }
        // R-COST-4: software fees accrue per instance-hour while it runs.
        if doomed.is_none() {
            super::marketplace::open_software_meters(ctx, &instance)?;
        }
        let mut instance = Instance { row, ..instance };
        super::network::place(ctx.seed(), &mut instance);
        for (b, v) in instance.block_device_mappings.iter_mut().zip(&volume_ids) {
            b.ebs.volume_id = Some(v.clone());
            b.ebs.attach_time = Some(ctx.now);
        }
        instances.push(instance);
    }
    store::set_last_launched(ctx.db, image.row, ctx.now)?;
    let ids = instances.iter().map(|i| i.instance_id.clone()).collect();
    Ok(Response::typed(Shape::Instances, output::Instances { instances, next_token: None }).waiting(
        super::clock::Waiter::InstanceRunning,
        ids,
        &r.wait,
    ))
}

/// The zone a SubnetId or Placement.AvailabilityZone asks for: a default
/// subnet of the caller in the region, a zone of the region.
fn requested_zone(ctx: &Ctx, subnet: Option<&str>, zone: Option<&str>) -> Result<Option<String>, OpError> {
    let zones: Vec<String> = super::network::zones(ctx.region).collect();
    let by_subnet = match subnet {
        None => None,
        Some(s) => Some(
            zones.iter().find(|z| super::network::subnet_id(ctx.seed(), ctx.account, z) == s).cloned().ok_or_else(
                || ApiError::new(Code::InvalidSubnetIdNotFound, format!("The subnet ID '{s}' does not exist")),
            )?,
        ),
    };
    match (by_subnet, zone) {
        (Some(z), Some(asked)) if z != asked => refuse(
            Code::InvalidParameterValue,
            format!(
                "Value ({asked}) for parameter availabilityZone is invalid. Subnet '{}' is in {z}",
                subnet.unwrap_or_default()
            ),
        ),
        (Some(z), _) => Ok(Some(z)),
        (None, Some(asked)) if !zones.iter().any(|z| z == asked) => {
            refuse(Code::InvalidParameterValue, format!("Invalid availability zone: [{asked}]"))
        }
        (None, asked) => Ok(asked.map(str::to_string)),
    }
}
