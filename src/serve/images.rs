//! The AMI family: DescribeImages, Create/Register/Copy/DeregisterImage,
//! image attributes, deprecation, deregistration protection, Enable/DisableImage,
//! image block public access.

use super::action::Action;
use super::params::*;
use amisim::api::attributes::{ImageAttribute, SetDescription};
use amisim::api::{self, Request};
use amisim::error::{ApiError, Code};
use amisim::model::Registration;
use serde_json::{json, Value};

/// The core request of one of this family's actions.
pub fn request(action: Action, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        Action::DescribeImages => Request::DescribeImages(api::describe::DescribeImages {
            image_ids: strings(p, "ImageIds"),
            owners: strings(p, "Owners"),
            executable_users: strings(p, "ExecutableUsers"),
            filters: filters(p),
            include_deprecated: flag(p, "IncludeDeprecated"),
            include_disabled: flag(p, "IncludeDisabled"),
            all_regions: false,
            page: page(p),
        }),
        Action::CreateImage => {
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
        Action::RegisterImage => register_image(p)?,
        Action::CopyImage => Request::CopyImage(api::copy::CopyImage {
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
        Action::DeregisterImage => Request::Deregister(api::lifecycle::Deregister {
            image_id: required(p, "ImageId")?,
            delete_associated_snapshots: flag(p, "DeleteAssociatedSnapshots"),
        }),
        Action::DescribeImageAttribute => Request::DescribeImageAttribute(ImageAttribute {
            image_id: required(p, "ImageId")?,
            attribute: required(p, "Attribute")?,
        }),
        Action::ModifyImageAttribute => modify_image_attribute(p)?,
        Action::ResetImageAttribute => Request::ResetLaunchPermissions(ImageAttribute {
            image_id: required(p, "ImageId")?,
            attribute: required(p, "Attribute")?,
        }),
        Action::EnableImageDeprecation => Request::deprecate(api::lifecycle::Deprecate {
            image_id: required(p, "ImageId")?,
            when: api::lifecycle::DeprecateAt::At(required(p, "DeprecateAt")?),
        }),
        Action::DisableImageDeprecation => Request::deprecate(api::lifecycle::Deprecate {
            image_id: required(p, "ImageId")?,
            when: api::lifecycle::DeprecateAt::Cancel,
        }),
        Action::EnableImageDeregistrationProtection | Action::DisableImageDeregistrationProtection => {
            Request::protect(api::lifecycle::Protect {
                image_id: required(p, "ImageId")?,
                with_cooldown: flag(p, "WithCooldown"),
                off: action == Action::DisableImageDeregistrationProtection,
            })
        }
        Action::EnableImage => Request::Enable(required(p, "ImageId")?),
        Action::DisableImage => Request::Disable(required(p, "ImageId")?),
        Action::EnableImageBlockPublicAccess => {
            let state = required(p, "ImageBlockPublicAccessState")?;
            if state != "block-new-sharing" {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({state}) for parameter ImageBlockPublicAccessState is invalid: block-new-sharing"),
                ));
            }
            Request::block_public_access(true)
        }
        Action::DisableImageBlockPublicAccess => Request::block_public_access(false),
        Action::GetImageBlockPublicAccessState => Request::GetBlockPublicAccess(()),
        other => return Err(other.not_in_family()),
    })
}

/// The core's answer as a value of the action's output shape.
pub fn response(action: Action, _: &Value, out: &api::Response) -> Value {
    match (action, out.output::<api::output::BlockPublicAccess>()) {
        (Action::GetImageBlockPublicAccessState, Some(b)) => {
            json!({ "ImageBlockPublicAccessState": b.image_block_public_access_state, "ManagedBy": "account" })
        }
        _ => out.value().into_owned(),
    }
}

fn register_image(p: &Value) -> Result<Request, ApiError> {
    if !strings(p, "BillingProducts").is_empty() {
        return Err(unsupported("Registering images with billing products (an AWS partner program)"));
    }
    let root_device = text(p, "RootDeviceName");
    let mut root_size = None;
    let mut root_snapshot = None;
    let mut volumes = Vec::new();
    let mut device_details = Vec::new();
    let (mut encrypted, mut kms_key_id) = (false, None);
    for (n, m) in p.get("BlockDeviceMappings").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let Some(ebs) = m.get("Ebs") else { continue }; // ephemeral and NoDevice entries hold no snapshot
        let device =
            text(m, "DeviceName").ok_or_else(|| missing(&format!("BlockDeviceMapping.{}.DeviceName", n + 1)))?;
        let is_root = root_device.as_deref().map_or(n == 0, |r| r == device);
        let snapshot = text(ebs, "SnapshotId");
        if snapshot.is_some() && !is_root {
            return Err(unsupported("Registering a non-root volume from an existing snapshot"));
        }
        let size = match (int(ebs, "VolumeSize"), &snapshot) {
            (Some(size), _) => Some(size),
            (None, Some(_)) => None, // the snapshot's size
            (None, None) => return Err(missing(&format!("BlockDeviceMapping.{}.Ebs.VolumeSize", n + 1))),
        };
        encrypted |= flag(ebs, "Encrypted");
        kms_key_id = kms_key_id.or_else(|| text(ebs, "KmsKeyId"));
        device_details.push(api::create::DeviceDetail {
            device_name: device.clone(),
            volume_type: text(ebs, "VolumeType"),
            iops: int(ebs, "Iops"),
            throughput: int(ebs, "Throughput"),
            delete_on_termination: ebs.get("DeleteOnTermination").and_then(Value::as_bool),
        });
        if is_root {
            root_size = size;
            root_snapshot = snapshot;
        } else if let Some(size) = size {
            volumes.push(format!("{device}={size}"));
        }
    }
    let registration = Registration {
        virtualization_type: text(p, "VirtualizationType"),
        ena_support: p.get("EnaSupport").and_then(Value::as_bool),
        sriov_net_support: text(p, "SriovNetSupport"),
        boot_mode: text(p, "BootMode"),
        tpm_support: text(p, "TpmSupport"),
        registered: true,
    };
    Ok(Request::create_image(api::create::CreateImage {
        name: required(p, "Name")?,
        description: text(p, "Description"),
        architecture: text(p, "Architecture"),
        root_size,
        volumes,
        // Only a non-empty ImageLocation makes an instance-store image (an
        // empty one is absent, as Terraform sends it).
        instance_store: p.get("ImageLocation").is_some(),
        // A root snapshot brings its own encryption.
        encrypted: encrypted && root_snapshot.is_none(),
        kms_key_id: kms_key_id.filter(|_| root_snapshot.is_none()),
        tag_specifications: tag_specifications(p),
        root_snapshot,
        root_device_name: root_device,
        device_details,
        registration,
        imds_support: text(p, "ImdsSupport"),
        ..Default::default()
    }))
}

fn modify_image_attribute(p: &Value) -> Result<Request, ApiError> {
    let image_id = required(p, "ImageId")?;
    if !strings(p, "ProductCodes").is_empty() || text(p, "Attribute").as_deref() == Some("productCodes") {
        return Err(ApiError::new(Code::OperationNotPermitted, "Product codes are added by AWS Marketplace"));
    }
    if let Some(v) = attribute_value(p, "imdsSupport", "ImdsSupport") {
        let imds_support = v.as_str().unwrap_or_default().to_string();
        return Ok(Request::SetImdsSupport(api::attributes::SetImdsSupport { image_id, imds_support }));
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
        // A dry run that names no change still checks that the caller may
        // change the image: moto's suite (and boto3's resource API) send it.
        (None, false) if flag(p, "DryRun") => {
            Ok(Request::share_image(api::share::ShareImage { image_id, ..Default::default() }))
        }
        (None, false) => Err(missing("LaunchPermission")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_of_modify_image_attribute_share_the_same_request() {
        let modify = |p: Value| request(Action::ModifyImageAttribute, &p);
        let structured =
            json!({"ImageId": "ami-1", "LaunchPermission": {"Add": [{"UserId": "222233334444"}, {"Group": "all"}]}});
        let flat = json!({"ImageId": "ami-1", "Attribute": "launchPermission", "OperationType": "add",
                          "UserIds": ["222233334444"], "UserGroups": ["all"]});
        let a = format!("{:?}", modify(structured).unwrap());
        let b = format!("{:?}", modify(flat).unwrap());
        assert_eq!(a, b);
        assert!(a.contains("public: true"), "{a}");
        let d = modify(json!({"ImageId": "ami-1", "Description": {"Value": "x"}})).unwrap();
        assert!(matches!(d, Request::SetDescription(_)));
        let e = modify(json!({"ImageId": "ami-1"})).unwrap_err();
        assert_eq!(e.code, Code::MissingParameter);
    }
}
