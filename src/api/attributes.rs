//! Image attributes: DescribeImageAttribute, the description form of
//! ModifyImageAttribute, and ResetImageAttribute (owner only, section 3).

use super::lifecycle::owned_image;
use super::share::permission_list;
use super::{Ctx, Response};
use crate::access::ManageOp;
use crate::clock;
use crate::error::{refuse, Code, OpError};
use crate::store;
use serde::Serialize;
use serde_json::{json, Value};

/// The attributes DescribeImageAttribute answers, as AWS names them.
pub const IMAGE_ATTRIBUTES: &[&str] = &[
    "description",
    "kernel",
    "ramdisk",
    "launchPermission",
    "productCodes",
    "blockDeviceMapping",
    "sriovNetSupport",
    "bootMode",
    "tpmSupport",
    "uefiData",
    "lastLaunchedTime",
    "imdsSupport",
    "deregistrationProtection",
];

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImageAttribute {
    pub image_id: String,
    pub attribute: String,
}

/// DescribeImageAttribute: `{"ImageId", "<Attribute>": …}` in AWS's shape.
pub fn describe_image_attribute(ctx: &Ctx, r: ImageAttribute) -> Result<Response, OpError> {
    if !IMAGE_ATTRIBUTES.contains(&r.attribute.as_str()) {
        return refuse(
            Code::InvalidParameterValue,
            format!(
                "Value ({}) for parameter attribute is invalid. Unknown attribute: use one of {}",
                r.attribute,
                IMAGE_ATTRIBUTES.join(", ")
            ),
        );
    }
    let image = owned_image(ctx, &r.image_id, ManageOp::DescribeAttribute)?;
    let value = |v: Value| json!({ "Value": v });
    let mut out = json!({ "ImageId": image.image_id });
    let (key, v) = match r.attribute.as_str() {
        "launchPermission" => {
            let grantees = store::launch_permissions(ctx.db, image.row)?;
            ("LaunchPermissions", permission_list(&grantees))
        }
        "description" => {
            ("Description", image.description.clone().map(|d| value(d.into())).unwrap_or_else(|| json!({})))
        }
        "productCodes" => ("ProductCodes", serde_json::to_value(&image.product_codes).unwrap_or_default()),
        "blockDeviceMapping" => {
            ("BlockDeviceMappings", serde_json::to_value(&image.block_device_mappings).unwrap_or_default())
        }
        "bootMode" => ("BootMode", value(image.boot_mode.into())),
        "deregistrationProtection" => {
            ("DeregistrationProtection", value(image.deregistration_protection.clone().into()))
        }
        "lastLaunchedTime" => (
            "LastLaunchedTime",
            image.last_launched_time.map(|t| value(clock::format(t).into())).unwrap_or_else(|| json!({})),
        ),
        "kernel" => ("KernelId", json!({})),
        "ramdisk" => ("RamdiskId", json!({})),
        "sriovNetSupport" => ("SriovNetSupport", value("simple".into())),
        "tpmSupport" => ("TpmSupport", json!({})),
        "uefiData" => ("UefiData", json!({})),
        _ => ("ImdsSupport", json!({})),
    };
    out[key] = v;
    Ok(Response::record(out))
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetDescription {
    pub image_id: String,
    pub description: String,
}

/// ModifyImageAttribute's description form (R-IMG-2: at most 255 characters).
pub fn set_description(ctx: &Ctx, r: SetDescription) -> Result<Response, OpError> {
    super::create::check_description(Some(&r.description))?;
    let image = owned_image(ctx, &r.image_id, ManageOp::ModifyAttribute)?;
    store::set_description(ctx.db, image.row, (!r.description.is_empty()).then_some(r.description.as_str()))?;
    Ok(Response::ok())
}

/// ResetImageAttribute launchPermission: every launch permission goes (R-SHR-2);
/// the snapshots' createVolumePermission stays, as sharing never touched it (R-SHR-3).
pub fn reset_launch_permissions(ctx: &Ctx, r: ImageAttribute) -> Result<Response, OpError> {
    if r.attribute != "launchPermission" {
        return refuse(
            Code::InvalidParameterValue,
            format!("Value ({}) for parameter attribute is invalid: only launchPermission can be reset", r.attribute),
        );
    }
    let image = owned_image(ctx, &r.image_id, ManageOp::ModifyAttribute)?;
    store::clear_launch_permissions(ctx.db, image.row)?;
    Ok(Response::ok())
}
