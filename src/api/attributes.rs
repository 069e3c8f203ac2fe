//! Image attributes: DescribeImageAttribute, the description form of
//! ModifyImageAttribute, and ResetImageAttribute (owner only, section 3).

use super::lifecycle::owned_image;
use super::output::{self, AttributeValue};
use super::{Ctx, Response, Shape};
use crate::access::ManageOp;
use crate::clock;
use crate::error::{refuse, Code, OpError};
use crate::store;
use serde::Serialize;

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
        // AWS's answer to an attribute it does not know (aws-cli issue 7351
        // quotes it for `TpmSupport`, a wrongly cased tpmSupport).
        return Err(crate::error::ApiError::new(Code::InvalidRequest, "The request received was invalid.")
            .with_hint(format!("'{}' is not an attribute: {}", r.attribute, IMAGE_ATTRIBUTES.join(", ")))
            .into());
    }
    let image = owned_image(ctx, &r.image_id, ManageOp::DescribeAttribute)?;
    let mut out = ImageAttributeOutput { image_id: image.image_id.clone(), ..Default::default() };
    let empty = AttributeValue::default;
    match r.attribute.as_str() {
        "launchPermission" => {
            out.launch_permissions = Some(output::grantees(&store::launch_permissions(ctx.db, image.row)?))
        }
        "description" => out.description = Some(image.description.clone().map_or_else(empty, AttributeValue::of)),
        "productCodes" => out.product_codes = Some(image.product_codes.clone()),
        // AWS does not describe this attribute, whoever asks.
        "blockDeviceMapping" => {
            return refuse(Code::AuthFailure, "Unauthorized attempt to access restricted resource");
        }
        "bootMode" => out.boot_mode = Some(image.boot_mode.clone().map(AttributeValue::of).unwrap_or_default()),
        "deregistrationProtection" => {
            out.deregistration_protection = Some(AttributeValue::of(image.deregistration_protection.clone()))
        }
        "lastLaunchedTime" => {
            out.last_launched_time =
                Some(image.last_launched_time.map_or_else(empty, |t| AttributeValue::of(clock::format(t))))
        }
        "kernel" => out.kernel_id = Some(empty()),
        "ramdisk" => out.ramdisk_id = Some(empty()),
        "sriovNetSupport" => out.sriov_net_support = Some(AttributeValue::of("simple")),
        "tpmSupport" => out.tpm_support = Some(empty()),
        "uefiData" => out.uefi_data = Some(empty()),
        _ => out.imds_support = Some(image.imds_support.clone().map_or_else(empty, AttributeValue::of)),
    }
    Ok(Response::typed(Shape::Record, out))
}

/// DescribeImageAttribute's answer: the image and the one attribute asked for.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImageAttributeOutput {
    pub image_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launch_permissions: Option<Vec<output::Grantee>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_codes: Option<Vec<crate::model::ProductCode>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_device_mappings: Option<Vec<crate::model::BlockDeviceMapping>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boot_mode: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deregistration_protection: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_launched_time: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kernel_id: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ramdisk_id: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sriov_net_support: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tpm_support: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uefi_data: Option<AttributeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imds_support: Option<AttributeValue>,
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

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetImdsSupport {
    pub image_id: String,
    pub imds_support: String,
}

/// ModifyImageAttribute imdsSupport: `v2.0`, and once set it stays (AWS
/// documents no way back).
pub fn set_imds_support(ctx: &Ctx, r: SetImdsSupport) -> Result<Response, OpError> {
    if r.imds_support != "v2.0" {
        return refuse(
            Code::InvalidParameterValue,
            format!("Value ({}) for parameter imdsSupport is invalid. Expected: 'v2.0'.", r.imds_support),
        );
    }
    let image = owned_image(ctx, &r.image_id, ManageOp::ModifyAttribute)?;
    store::set_imds_support(ctx.db, image.row, &r.imds_support)?;
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
