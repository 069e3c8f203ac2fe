//! Each served action: its decoded parameters (model member names) as the same
//! `api::Request` the command line builds, and the core's answer as a value of
//! the action's output shape. Translation only: no rule and no SQL live here.

use amisim::api::attributes::{ImageAttribute, SetDescription};
use amisim::api::filters::Filter;
use amisim::api::instances::{ChangeInstances, DescribeInstances, DescribeVolumes, InstanceAction};
use amisim::api::page::Page;
use amisim::api::tags::{TagKey, TagResource, TagSpecification};
use amisim::api::{self, Request, Wait};
use amisim::error::{ApiError, Code};
use amisim::model::Tag;
use serde_json::{json, Map, Value};

/// Every EC2 action the server answers (STS GetCallerIdentity is apart).
pub const SERVED: &[&str] = &[
    "DescribeImages",
    "CreateImage",
    "RegisterImage",
    "CopyImage",
    "DeregisterImage",
    "DescribeImageAttribute",
    "ModifyImageAttribute",
    "ResetImageAttribute",
    "EnableImageDeprecation",
    "DisableImageDeprecation",
    "EnableImageDeregistrationProtection",
    "DisableImageDeregistrationProtection",
    "EnableImage",
    "DisableImage",
    "EnableImageBlockPublicAccess",
    "DisableImageBlockPublicAccess",
    "GetImageBlockPublicAccessState",
    "DescribeSnapshots",
    "CopySnapshot",
    "DeleteSnapshot",
    "DescribeSnapshotAttribute",
    "ModifySnapshotAttribute",
    "ModifySnapshotTier",
    "RestoreSnapshotTier",
    "CreateTags",
    "DeleteTags",
    "DescribeTags",
    "RunInstances",
    "DescribeInstances",
    "StartInstances",
    "StopInstances",
    "TerminateInstances",
    "DescribeInstanceAttribute",
    "ModifyInstanceAttribute",
    "DescribeInstanceTypes",
    "DescribeInstanceCreditSpecifications",
    "GetInstanceUefiData",
    "DescribeVolumes",
    "DescribeRegions",
    "DescribeAvailabilityZones",
    "DescribeAccountAttributes",
    "DescribeVpcs",
    "DescribeSubnets",
];

// ---- reading decoded parameters ------------------------------------------------

fn missing(name: &str) -> ApiError {
    ApiError::new(Code::MissingParameter, format!("The request must contain the parameter {name}"))
}

fn unsupported(what: &str) -> ApiError {
    ApiError::new(Code::UnsupportedOperation, format!("{what} is not simulated by amisim"))
}

fn text(p: &Value, name: &str) -> Option<String> {
    p.get(name).and_then(Value::as_str).map(str::to_string)
}

fn required(p: &Value, name: &str) -> Result<String, ApiError> {
    text(p, name).filter(|s| !s.is_empty()).ok_or_else(|| missing(name))
}

fn flag(p: &Value, name: &str) -> bool {
    p.get(name).and_then(Value::as_bool).unwrap_or(false)
}

fn int(p: &Value, name: &str) -> Option<i64> {
    p.get(name).and_then(Value::as_i64)
}

fn strings(p: &Value, name: &str) -> Vec<String> {
    p.get(name).and_then(Value::as_array).into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect()
}

fn filters(p: &Value) -> Vec<Filter> {
    p.get("Filters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|f| Filter { name: text(f, "Name").unwrap_or_default(), values: strings(f, "Values") })
        .collect()
}

fn page(p: &Value) -> Page {
    Page { max_results: int(p, "MaxResults"), next_token: text(p, "NextToken") }
}

fn tags(list: Option<&Value>) -> Vec<Tag> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| Tag { key: text(t, "Key").unwrap_or_default(), value: text(t, "Value").unwrap_or_default() })
        .collect()
}

fn tag_specifications(p: &Value) -> Vec<TagSpecification> {
    p.get("TagSpecifications")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|s| TagSpecification {
            resource_type: text(s, "ResourceType").unwrap_or_default(),
            tags: tags(s.get("Tags")),
        })
        .collect()
}

/// `LaunchPermission`/`CreateVolumePermission` `{Add, Remove}` lists, and the
/// `Attribute` + `OperationType` + `UserId.N` / `UserGroup.N` form, as
/// (accounts added, accounts removed, `all` added, `all` removed).
fn permission_changes(p: &Value, structured: &str, attribute: &str, groups: &str) -> Result<Changes, ApiError> {
    let mut c = Changes::default();
    if let Some(m) = p.get(structured) {
        for (list, add) in [("Add", true), ("Remove", false)] {
            for item in m.get(list).and_then(Value::as_array).into_iter().flatten() {
                if item.get("OrganizationArn").is_some() || item.get("OrganizationalUnitArn").is_some() {
                    return Err(unsupported("Sharing with organizations"));
                }
                match (text(item, "UserId"), text(item, "Group")) {
                    (Some(u), _) => c.push(add, u),
                    (None, Some(g)) if g == "all" => c.push_all(add),
                    (None, Some(g)) => {
                        return Err(ApiError::new(
                            Code::InvalidAmiAttributeItemValue,
                            format!("Invalid attribute item value \"{g}\" for group item type: only all"),
                        ))
                    }
                    (None, None) => {}
                }
            }
        }
    }
    // The flat form; Terraform also names the Attribute beside the structured form.
    let flat_attribute = text(p, "Attribute").as_deref() == Some(attribute) && p.get(structured).is_none();
    if flat_attribute || !strings(p, "UserIds").is_empty() || !strings(p, groups).is_empty() {
        let add = match text(p, "OperationType").as_deref() {
            Some("add") => true,
            Some("remove") => false,
            Some(other) => {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({other}) for parameter operationType is invalid: add or remove"),
                ))
            }
            None => return Err(missing("OperationType")),
        };
        for u in strings(p, "UserIds") {
            c.push(add, u);
        }
        for g in strings(p, groups) {
            if g != "all" {
                return Err(ApiError::new(
                    Code::InvalidAmiAttributeItemValue,
                    format!("Invalid attribute item value \"{g}\" for group item type: only all"),
                ));
            }
            c.push_all(add);
        }
    }
    Ok(c)
}

#[derive(Default)]
struct Changes {
    add: Vec<String>,
    remove: Vec<String>,
    add_all: bool,
    remove_all: bool,
    any: bool,
}

impl Changes {
    fn push(&mut self, add: bool, who: String) {
        self.any = true;
        if add {
            self.add.push(who)
        } else {
            self.remove.push(who)
        }
    }
    fn push_all(&mut self, add: bool) {
        self.any = true;
        if add {
            self.add_all = true
        } else {
            self.remove_all = true
        }
    }
}

/// `Attribute=X Value=V` or `X.Value=V` (ModifyImageAttribute description,
/// ModifyInstanceAttribute).
fn attribute_value(p: &Value, attribute: &str, member: &str) -> Option<Value> {
    if let Some(v) = p.get(member).and_then(|m| m.get("Value")) {
        return Some(v.clone());
    }
    (text(p, "Attribute").as_deref() == Some(attribute)).then(|| p.get("Value").cloned()).flatten()
}

// ---- parameters → request -----------------------------------------------------

/// The core request an action makes.
pub fn request(action: &str, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        "DescribeImages" => Request::DescribeImages(api::describe::DescribeImages {
            image_ids: strings(p, "ImageIds"),
            owners: strings(p, "Owners"),
            executable_users: strings(p, "ExecutableUsers"),
            filters: filters(p),
            include_deprecated: flag(p, "IncludeDeprecated"),
            include_disabled: flag(p, "IncludeDisabled"),
            all_regions: false,
            page: page(p),
        }),
        "CreateImage" => {
            let mappings = p.get("BlockDeviceMappings").and_then(Value::as_array).into_iter().flatten();
            if mappings.clone().any(|m| m.get("NoDevice").is_none()) {
                return Err(unsupported("Changing the volumes of CreateImage (BlockDeviceMapping)"));
            }
            Request::create_image(api::create::CreateImage {
                name: required(p, "Name")?,
                instance_id: Some(required(p, "InstanceId")?),
                description: text(p, "Description"),
                no_reboot: flag(p, "NoReboot"),
                tag_specifications: tag_specifications(p),
                ..Default::default()
            })
        }
        "RegisterImage" => register_image(p)?,
        "CopyImage" => Request::CopyImage(api::copy::CopyImage {
            source_image_id: required(p, "SourceImageId")?,
            source_region: required(p, "SourceRegion")?,
            name: required(p, "Name")?,
            description: text(p, "Description"),
            // Encrypted=false asks for nothing: an encrypted source stays encrypted (R-CPY-4).
            encrypted: flag(p, "Encrypted"),
            unencrypted: false,
            kms_key_id: text(p, "KmsKeyId"),
            copy_tags: flag(p, "CopyImageTags"),
            tag_specifications: tag_specifications(p),
            client_token: text(p, "ClientToken"),
            ..Default::default()
        }),
        "DeregisterImage" => Request::Deregister(api::lifecycle::Deregister {
            image_id: required(p, "ImageId")?,
            delete_associated_snapshots: flag(p, "DeleteAssociatedSnapshots"),
        }),
        "DescribeImageAttribute" => Request::DescribeImageAttribute(ImageAttribute {
            image_id: required(p, "ImageId")?,
            attribute: required(p, "Attribute")?,
        }),
        "ModifyImageAttribute" => modify_image_attribute(p)?,
        "ResetImageAttribute" => Request::ResetLaunchPermissions(ImageAttribute {
            image_id: required(p, "ImageId")?,
            attribute: required(p, "Attribute")?,
        }),
        "EnableImageDeprecation" => Request::deprecate(api::lifecycle::Deprecate {
            image_id: required(p, "ImageId")?,
            when: api::lifecycle::DeprecateAt::At(required(p, "DeprecateAt")?),
        }),
        "DisableImageDeprecation" => Request::deprecate(api::lifecycle::Deprecate {
            image_id: required(p, "ImageId")?,
            when: api::lifecycle::DeprecateAt::Cancel,
        }),
        "EnableImageDeregistrationProtection" | "DisableImageDeregistrationProtection" => {
            Request::protect(api::lifecycle::Protect {
                image_id: required(p, "ImageId")?,
                with_cooldown: flag(p, "WithCooldown"),
                off: action.starts_with("Disable"),
            })
        }
        "EnableImage" => Request::Enable(required(p, "ImageId")?),
        "DisableImage" => Request::Disable(required(p, "ImageId")?),
        "EnableImageBlockPublicAccess" => {
            let state = required(p, "ImageBlockPublicAccessState")?;
            if state != "block-new-sharing" {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({state}) for parameter ImageBlockPublicAccessState is invalid: block-new-sharing"),
                ));
            }
            Request::block_public_access(true)
        }
        "DisableImageBlockPublicAccess" => Request::block_public_access(false),
        "GetImageBlockPublicAccessState" => Request::GetBlockPublicAccess(()),
        "DescribeSnapshots" => Request::DescribeSnapshots(api::snapshots::DescribeSnapshots {
            snapshot_ids: strings(p, "SnapshotIds"),
            owners: strings(p, "OwnerIds"),
            restorable_by: strings(p, "RestorableByUserIds"),
            filters: filters(p),
            page: page(p),
        }),
        "CopySnapshot" => Request::CopySnapshot(api::snapshots::CopySnapshot {
            snapshot_id: required(p, "SourceSnapshotId")?,
            source_region: required(p, "SourceRegion")?,
            encrypted: flag(p, "Encrypted"),
            kms_key_id: text(p, "KmsKeyId"),
            description: text(p, "Description"),
            tag_specifications: tag_specifications(p),
        }),
        "DeleteSnapshot" => Request::DeleteSnapshot(required(p, "SnapshotId")?),
        "DescribeSnapshotAttribute" => {
            let attribute = required(p, "Attribute")?;
            if attribute != "createVolumePermission" && attribute != "productCodes" {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({attribute}) for parameter attribute is invalid: createVolumePermission or productCodes"),
                ));
            }
            Request::share_snapshot(api::share::ShareSnapshot {
                snapshot_id: required(p, "SnapshotId")?,
                add: Vec::new(),
                remove: Vec::new(),
            })
        }
        "ModifySnapshotAttribute" => {
            let c = permission_changes(p, "CreateVolumePermission", "createVolumePermission", "GroupNames")?;
            if !c.any {
                return Err(missing("CreateVolumePermission"));
            }
            let mut add = c.add;
            let mut remove = c.remove;
            if c.add_all {
                add.push("all".into());
            }
            if c.remove_all {
                remove.push("all".into());
            }
            Request::share_snapshot(api::share::ShareSnapshot { snapshot_id: required(p, "SnapshotId")?, add, remove })
        }
        "ModifySnapshotTier" => {
            let tier = text(p, "StorageTier").unwrap_or_else(|| "archive".into());
            if tier != "archive" {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({tier}) for parameter StorageTier is invalid: archive"),
                ));
            }
            Request::ArchiveSnapshot(required(p, "SnapshotId")?)
        }
        "RestoreSnapshotTier" => {
            if p.get("TemporaryRestoreDays").is_some() && !flag(p, "PermanentRestore") {
                return Err(ApiError::new(
                    Code::InvalidParameterCombination,
                    "Temporary restores are not simulated: restore permanently (PermanentRestore=true, R-IMG-8)",
                ));
            }
            Request::RestoreSnapshot(required(p, "SnapshotId")?)
        }
        "CreateTags" => {
            let t = tags(p.get("Tags"));
            if t.is_empty() {
                return Err(missing("Tag"));
            }
            Request::tag(TagResource { resource_ids: strings(p, "Resources"), tags: t, ..Default::default() })
        }
        "DeleteTags" => {
            let remove: Vec<TagKey> = p
                .get("Tags")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|t| TagKey { key: text(t, "Key").unwrap_or_default(), value: text(t, "Value") })
                .collect();
            Request::tag(TagResource {
                resource_ids: strings(p, "Resources"),
                tags: Vec::new(),
                remove_all: remove.is_empty(),
                remove,
            })
        }
        "DescribeTags" => Request::DescribeTags(api::tags::DescribeTags { filters: filters(p), page: page(p) }),
        "RunInstances" => run_instances(p)?,
        "DescribeInstances" => Request::DescribeInstances(DescribeInstances {
            instance_ids: strings(p, "InstanceIds"),
            filters: filters(p),
            page: page(p),
        }),
        "StartInstances" | "StopInstances" | "TerminateInstances" => {
            if flag(p, "Hibernate") {
                return Err(unsupported("Hibernation"));
            }
            let action = match action {
                "StartInstances" => InstanceAction::Start,
                "StopInstances" => InstanceAction::Stop,
                _ => InstanceAction::Terminate,
            };
            Request::change_instances(ChangeInstances { action, instance_ids: strings(p, "InstanceIds") })
        }
        "DescribeInstanceAttribute" => Request::DescribeInstanceAttribute(api::instances::InstanceAttribute {
            instance_id: required(p, "InstanceId")?,
            attribute: required(p, "Attribute")?,
        }),
        "ModifyInstanceAttribute" => {
            let termination = attribute_value(p, "disableApiTermination", "DisableApiTermination");
            let disable_api_termination = match termination {
                None => None,
                Some(Value::Bool(b)) => Some(b),
                Some(v) => match v.as_str().map(str::to_ascii_lowercase).as_deref() {
                    Some("true") => Some(true),
                    Some("false") => Some(false),
                    _ => {
                        return Err(ApiError::new(
                            Code::InvalidParameterValue,
                            format!("Invalid value {v} for disableApiTermination: true or false"),
                        ))
                    }
                },
            };
            let instance_type =
                attribute_value(p, "instanceType", "InstanceType").and_then(|v| v.as_str().map(String::from));
            let known = ["InstanceId", "DisableApiTermination", "InstanceType", "Attribute", "Value", "DryRun"];
            if let Some(other) = p.as_object().and_then(|m| m.keys().find(|k| !known.contains(&k.as_str()))) {
                return Err(unsupported(&format!("ModifyInstanceAttribute {other}")));
            }
            if let Some(a) = text(p, "Attribute").filter(|a| a != "disableApiTermination" && a != "instanceType") {
                return Err(unsupported(&format!("ModifyInstanceAttribute {a}")));
            }
            Request::ModifyInstanceAttribute(api::instances::ModifyInstanceAttribute {
                instance_id: required(p, "InstanceId")?,
                disable_api_termination,
                instance_type,
            })
        }
        "DescribeInstanceTypes" => {
            let mut names = strings(p, "InstanceTypes");
            for f in filters(p) {
                match f.name.as_str() {
                    "instance-type" => names.extend(f.values),
                    other => {
                        return Err(ApiError::new(
                            Code::InvalidParameterValue,
                            format!("The filter '{other}' is invalid"),
                        ))
                    }
                }
            }
            Request::DescribeInstanceTypes(names)
        }
        "DescribeInstanceCreditSpecifications" => Request::DescribeCreditSpecifications(DescribeInstances {
            instance_ids: strings(p, "InstanceIds"),
            filters: filters(p),
            page: page(p),
        }),
        "GetInstanceUefiData" => Request::DescribeInstances(DescribeInstances {
            instance_ids: vec![required(p, "InstanceId")?],
            ..Default::default()
        }),
        "DescribeVolumes" => Request::DescribeVolumes(DescribeVolumes {
            volume_ids: strings(p, "VolumeIds"),
            filters: filters(p),
            page: page(p),
        }),
        "DescribeRegions" => Request::DescribeRegions(names_and_filter(p, "RegionNames", "region-name")?),
        "DescribeAvailabilityZones" => {
            Request::DescribeAvailabilityZones(names_and_filter(p, "ZoneNames", "zone-name")?)
        }
        "DescribeAccountAttributes" => Request::DescribeAccountAttributes(strings(p, "AttributeNames")),
        "DescribeVpcs" => {
            Request::DescribeVpcs(api::network::DescribeNetwork { ids: strings(p, "VpcIds"), filters: filters(p) })
        }
        "DescribeSubnets" => Request::DescribeSubnets(api::network::DescribeNetwork {
            ids: strings(p, "SubnetIds"),
            filters: filters(p),
        }),
        other => {
            return Err(ApiError::new(
                Code::InvalidAction,
                format!("The action {other} is not valid for this web service."),
            ))
        }
    })
}

/// Names given directly or by their one filter (`region-name`, `zone-name`).
fn names_and_filter(p: &Value, names: &str, filter: &str) -> Result<Vec<String>, ApiError> {
    let mut out = strings(p, names);
    for f in filters(p) {
        match f.name.as_str() {
            n if n == filter => out.extend(f.values),
            // Every simulated region and zone is available and needs no opt-in.
            "state" | "opt-in-status" | "region-name" => {}
            other => {
                return Err(ApiError::new(Code::InvalidParameterValue, format!("The filter '{other}' is invalid")))
            }
        }
    }
    Ok(out)
}

fn register_image(p: &Value) -> Result<Request, ApiError> {
    if !strings(p, "BillingProducts").is_empty() {
        return Err(unsupported("Registering images with billing products (an AWS partner program)"));
    }
    let root_device = text(p, "RootDeviceName");
    let mut root_size = None;
    let mut volumes = Vec::new();
    let (mut encrypted, mut kms_key_id) = (false, None);
    for (n, m) in p.get("BlockDeviceMappings").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let Some(ebs) = m.get("Ebs") else { continue }; // ephemeral and NoDevice entries hold no snapshot
        if ebs.get("SnapshotId").is_some() {
            return Err(unsupported("Registering an image from an existing snapshot"));
        }
        let device =
            text(m, "DeviceName").ok_or_else(|| missing(&format!("BlockDeviceMapping.{}.DeviceName", n + 1)))?;
        let size =
            int(ebs, "VolumeSize").ok_or_else(|| missing(&format!("BlockDeviceMapping.{}.Ebs.VolumeSize", n + 1)))?;
        encrypted |= flag(ebs, "Encrypted");
        kms_key_id = kms_key_id.or_else(|| text(ebs, "KmsKeyId"));
        let is_root = root_device.as_deref().map_or(n == 0, |r| r == device);
        if is_root {
            root_size = Some(size);
        } else {
            volumes.push(format!("{device}={size}"));
        }
    }
    Ok(Request::create_image(api::create::CreateImage {
        name: required(p, "Name")?,
        description: text(p, "Description"),
        architecture: text(p, "Architecture"),
        root_size,
        volumes,
        instance_store: p.get("ImageLocation").is_some(),
        encrypted,
        kms_key_id,
        tag_specifications: tag_specifications(p),
        ..Default::default()
    }))
}

fn modify_image_attribute(p: &Value) -> Result<Request, ApiError> {
    let image_id = required(p, "ImageId")?;
    if !strings(p, "ProductCodes").is_empty() || text(p, "Attribute").as_deref() == Some("productCodes") {
        return Err(ApiError::new(
            Code::OperationNotPermitted,
            "Product codes are added by AWS Marketplace: use amisim marketplace publish",
        ));
    }
    if p.get("ImdsSupport").is_some() || text(p, "Attribute").as_deref() == Some("imdsSupport") {
        return Err(unsupported("ModifyImageAttribute imdsSupport"));
    }
    let description = attribute_value(p, "description", "Description");
    let c = permission_changes(p, "LaunchPermission", "launchPermission", "UserGroups")?;
    match (description, c.any) {
        (Some(_), true) => Err(ApiError::new(
            Code::InvalidParameterCombination,
            "Modify one attribute per call: the description or the launch permissions",
        )),
        (Some(d), false) => Ok(Request::SetDescription(SetDescription {
            image_id,
            description: d.as_str().unwrap_or_default().to_string(),
        })),
        (None, true) => Ok(Request::share_image(api::share::ShareImage {
            image_id,
            add: c.add,
            remove: c.remove,
            public: c.add_all,
            private: c.remove_all,
            with_snapshots: false,
        })),
        (None, false) => Err(missing("LaunchPermission")),
    }
}

fn run_instances(p: &Value) -> Result<Request, ApiError> {
    let image_id = required(p, "ImageId")?;
    let max = int(p, "MaxCount").ok_or_else(|| missing("MaxCount"))?;
    let min = int(p, "MinCount").ok_or_else(|| missing("MinCount"))?;
    if p.get("LaunchTemplate").is_some() {
        return Err(unsupported("Launch templates"));
    }
    // One EBS mapping with a size resizes the root volume (R-SHR-8); more
    // volumes than the image's are not simulated.
    let mut root_size = None;
    for m in p.get("BlockDeviceMappings").and_then(Value::as_array).into_iter().flatten() {
        let ebs = m.get("Ebs");
        if m.get("NoDevice").is_some() || m.get("VirtualName").is_some() || ebs.is_none() {
            continue;
        }
        if ebs.and_then(|e| e.get("SnapshotId")).is_some() {
            return Err(unsupported("Attaching volumes from other snapshots at launch"));
        }
        if let Some(size) = ebs.and_then(|e| int(e, "VolumeSize")) {
            if root_size.replace(size).is_some() {
                return Err(unsupported("Adding volumes at launch"));
            }
        }
    }
    Ok(Request::RunInstances(api::launch::RunInstances {
        image_id,
        count: max,
        min_count: Some(min),
        instance_type: text(p, "InstanceType"),
        root_size,
        tag_specifications: tag_specifications(p),
        disable_api_termination: flag(p, "DisableApiTermination"),
        client_token: text(p, "ClientToken"),
        wait: Wait::default(),
    }))
}

// ---- core answer → output shape -----------------------------------------------

/// Derived IDs of what an instance reports but amisim does not simulate (its
/// network interface, its security group): stable, from the instance's own IDs.
fn derived_id(prefix: &str, from: &str) -> String {
    let h = from.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    format!("{prefix}-0{:016x}", amisim::ids::mix(0, h))
}

fn state(name: &str) -> Value {
    json!({ "Name": name, "Code": amisim::model::InstanceState { name: name.into() }.code() })
}

/// An instance as DescribeInstances reports it: the simulated fields, and the
/// fixed answers of what amisim does not simulate (network, metadata options …).
fn instance(mut v: Value, index: usize) -> Value {
    let Value::Object(m) = &mut v else { return v };
    let get = |m: &Map<String, Value>, k: &str| m.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let (id, vpc, subnet, ip, owner) =
        (get(m, "InstanceId"), get(m, "VpcId"), get(m, "SubnetId"), get(m, "PrivateIpAddress"), get(m, "OwnerId"));
    let name = m.get("State").and_then(|s| s.get("Name")).and_then(Value::as_str).unwrap_or("pending").to_string();
    m.insert("State".into(), state(&name));
    if let Some(Value::Array(list)) = m.get_mut("BlockDeviceMappings") {
        for b in list {
            if let Some(Value::Object(e)) = b.get_mut("Ebs") {
                e.insert("Status".into(), "attached".into());
            }
        }
    }
    if m.get("PlatformDetails").and_then(Value::as_str) == Some("Windows") {
        m.insert("Platform".into(), "windows".into());
    }
    let group = json!([{ "GroupId": derived_id("sg", &vpc), "GroupName": "default" }]);
    let running = name != "terminated";
    let extra = json!({
        "AmiLaunchIndex": index, "Hypervisor": "xen", "VirtualizationType": "hvm", "EnaSupport": true,
        "EbsOptimized": false, "SourceDestCheck": true, "Monitoring": { "State": "disabled" },
        "SecurityGroups": if running { group.clone() } else { json!([]) },
        "NetworkInterfaces": if running { json!([{
            "NetworkInterfaceId": derived_id("eni", &id), "SubnetId": subnet, "VpcId": vpc, "OwnerId": owner,
            "Status": "in-use", "PrivateIpAddress": ip, "SourceDestCheck": true, "InterfaceType": "interface",
            "MacAddress": "0a:00:00:00:00:01", "Groups": group,
            "Attachment": { "AttachmentId": derived_id("eni-attach", &id), "DeviceIndex": 0, "Status": "attached",
                            "DeleteOnTermination": true, "NetworkCardIndex": 0 },
            "PrivateIpAddresses": [{ "Primary": true, "PrivateIpAddress": ip }],
        }]) } else { json!([]) },
        "MetadataOptions": { "State": "applied", "HttpTokens": "required", "HttpPutResponseHopLimit": 2,
                             "HttpEndpoint": "enabled", "HttpProtocolIpv6": "disabled", "InstanceMetadataTags": "disabled" },
        "CpuOptions": { "CoreCount": 1, "ThreadsPerCore": 2 },
        "CapacityReservationSpecification": { "CapacityReservationPreference": "open" },
        "HibernationOptions": { "Configured": false },
        "EnclaveOptions": { "Enabled": false },
        "MaintenanceOptions": { "AutoRecovery": "default" },
        "PrivateDnsNameOptions": { "HostnameType": "ip-name", "EnableResourceNameDnsARecord": false,
                                   "EnableResourceNameDnsAAAARecord": false },
        "BootMode": "uefi-preferred", "CurrentInstanceBootMode": "legacy-bios",
    });
    if let Value::Object(e) = extra {
        for (k, val) in e {
            m.entry(k).or_insert(val);
        }
    }
    if !running {
        for k in ["VpcId", "SubnetId", "PrivateIpAddress"] {
            m.remove(k);
        }
        m.insert("PrivateDnsName".into(), "".into());
    }
    v
}

/// Groups instances by reservation, in the order they come.
fn reservations(instances: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for i in instances {
        let rid = i["ReservationId"].as_str().unwrap_or_default();
        match out.iter_mut().find(|r| r["ReservationId"] == rid) {
            Some(r) => {
                let k = r["Instances"].as_array().map_or(0, Vec::len);
                if let Some(list) = r["Instances"].as_array_mut() {
                    list.push(instance(i.clone(), k));
                }
            }
            None => {
                out.push(json!({ "ReservationId": rid, "OwnerId": i["OwnerId"], "Groups": [],
                                 "Instances": [instance(i.clone(), 0)] }));
            }
        }
    }
    out
}

fn snapshot(mut v: Value) -> Value {
    if let Value::Object(m) = &mut v {
        m.insert("VolumeId".into(), "vol-ffffffff".into());
    }
    v
}

fn map_list(v: &Value, key: &str, f: impl Fn(Value) -> Value) -> Value {
    Value::Array(v[key].as_array().cloned().unwrap_or_default().into_iter().map(f).collect())
}

fn with_next(mut out: Value, v: &Value) -> Value {
    if let Some(t) = v.get("NextToken").filter(|t| !t.is_null()) {
        out["NextToken"] = t.clone();
    }
    out
}

/// The core's answer as a value of the action's output shape.
pub fn response(action: &str, p: &Value, v: Value) -> Value {
    match action {
        "DescribeImages" => v,
        "DescribeSnapshots" => with_next(json!({ "Snapshots": map_list(&v, "Snapshots", snapshot) }), &v),
        "CopySnapshot" => {
            let tags = json!(tag_specifications(p).into_iter().flat_map(|s| s.tags).collect::<Vec<_>>());
            json!({ "SnapshotId": v["SnapshotId"], "Tags": tags })
        }
        "DescribeSnapshotAttribute" if text(p, "Attribute").as_deref() == Some("productCodes") => {
            json!({ "SnapshotId": v["SnapshotId"], "ProductCodes": [] })
        }
        "RunInstances" => {
            let list = v["Instances"].as_array().cloned().unwrap_or_default();
            let first = list.first().cloned().unwrap_or_default();
            let instances: Vec<Value> = list.into_iter().enumerate().map(|(n, i)| instance(i, n)).collect();
            json!({ "ReservationId": first["ReservationId"], "OwnerId": first["OwnerId"], "Groups": [],
                    "Instances": instances })
        }
        "DescribeInstances" => {
            let list = v["Instances"].as_array().cloned().unwrap_or_default();
            with_next(json!({ "Reservations": reservations(&list) }), &v)
        }
        "StartInstances" | "StopInstances" | "TerminateInstances" => {
            let key = match action {
                "StartInstances" => "StartingInstances",
                "StopInstances" => "StoppingInstances",
                _ => "TerminatingInstances",
            };
            json!({ key: v["StateChanges"] })
        }
        "DescribeInstanceAttribute" => {
            let mut v = v;
            if let Some(Value::Array(list)) = v.get_mut("BlockDeviceMappings") {
                for b in list {
                    if let Some(Value::Object(e)) = b.get_mut("Ebs") {
                        e.insert("Status".into(), "attached".into());
                    }
                }
            }
            v
        }
        "GetInstanceUefiData" => json!({ "InstanceId": v["Instances"][0]["InstanceId"], "UefiData": "" }),
        "GetImageBlockPublicAccessState" => {
            json!({ "ImageBlockPublicAccessState": v["ImageBlockPublicAccessState"], "ManagedBy": "account" })
        }
        "ModifySnapshotTier" => json!({ "SnapshotId": v["SnapshotId"], "TieringStartTime": v["TieringStartTime"] }),
        "RestoreSnapshotTier" => json!({ "SnapshotId": v["SnapshotId"], "RestoreStartTime": v["RestoreStartTime"],
                                          "IsPermanentRestore": true }),
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_served_action_is_in_the_model_and_back() {
        let m = super::super::model::get();
        for a in SERVED {
            assert!(m.operations.contains_key(*a), "{a} is served but not in ec2-model.json");
        }
        for a in m.operations.keys() {
            assert!(SERVED.contains(&a.as_str()), "{a} is in ec2-model.json but not served");
        }
    }

    #[test]
    fn both_forms_of_modify_image_attribute_share_the_same_request() {
        let structured =
            json!({"ImageId": "ami-1", "LaunchPermission": {"Add": [{"UserId": "222233334444"}, {"Group": "all"}]}});
        let flat = json!({"ImageId": "ami-1", "Attribute": "launchPermission", "OperationType": "add",
                          "UserIds": ["222233334444"], "UserGroups": ["all"]});
        let a = format!("{:?}", request("ModifyImageAttribute", &structured).unwrap());
        let b = format!("{:?}", request("ModifyImageAttribute", &flat).unwrap());
        assert_eq!(a, b);
        assert!(a.contains("public: true"), "{a}");
        let d = request("ModifyImageAttribute", &json!({"ImageId": "ami-1", "Description": {"Value": "x"}})).unwrap();
        assert!(matches!(d, Request::SetDescription(_)));
        let e = request("ModifyImageAttribute", &json!({"ImageId": "ami-1"})).unwrap_err();
        assert_eq!(e.code, Code::MissingParameter);
    }
}
