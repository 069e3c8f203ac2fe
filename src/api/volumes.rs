//! DescribeVolumes: the volumes of the caller's instances, made at launch and
//! deleted with them on termination.

use super::filters::{self, Filter};
use super::instances::load;
use super::page::Page;
use super::{Ctx, Response, Shape};
use crate::error::{refuse, Code, OpError};
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVolumes {
    pub volume_ids: Vec<String>,
    pub filters: Vec<Filter>,
    #[serde(flatten)]
    pub page: Page,
}

/// DescribeVolumes: the volumes of the caller's instances (deleted with them on termination).
pub fn describe_volumes(ctx: &Ctx, r: DescribeVolumes) -> Result<Response, OpError> {
    filters::check::<Volume>(&r.filters)?;
    r.page.not_with_ids(&r.volume_ids, "volumeIds")?;
    for id in &r.volume_ids {
        if !id
            .strip_prefix("vol-")
            .is_some_and(|h| (h.len() == 17 || h.len() == 8) && h.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(crate::ids::malformed(Code::InvalidParameterValue, crate::ids::Kind::Volume, id).into());
        }
    }
    let instances = load(ctx, None)?;
    let tags = store::tags_for(
        ctx.db,
        instances.iter().flat_map(|i| i.block_device_mappings.iter().filter_map(|b| b.ebs.volume_id.clone())),
    )?;
    let mut volumes = Vec::new();
    for i in instances.iter().filter(|i| i.state.name != "terminated") {
        for b in &i.block_device_mappings {
            let id = b.ebs.volume_id.clone().unwrap_or_default();
            volumes.push(Volume {
                size: b.ebs.volume_size,
                snapshot_id: b.ebs.snapshot_id.clone().unwrap_or_default(),
                availability_zone: i.placement.availability_zone.clone(),
                state: "in-use",
                create_time: crate::clock::format(i.launch_time),
                encrypted: b.ebs.encrypted,
                kms_key_id: b.ebs.kms_key_id.clone(),
                volume_type: b.ebs.volume_type.clone(),
                iops: 3000,
                throughput: 125,
                multi_attach_enabled: false,
                tags: tags.get(&id).cloned().unwrap_or_default(),
                attachments: vec![VolumeAttachment {
                    attach_time: crate::clock::format(i.launch_time),
                    device: b.device_name.clone(),
                    instance_id: i.instance_id.clone(),
                    state: "attached",
                    volume_id: id.clone(),
                    delete_on_termination: b.ebs.delete_on_termination,
                }],
                volume_id: id,
            });
        }
    }
    volumes.retain(|v| {
        (r.volume_ids.is_empty() || r.volume_ids.contains(&v.volume_id)) && filters::matches(v, &r.filters)
    });
    if let Some(missing) = r.volume_ids.iter().find(|id| !volumes.iter().any(|v| v.volume_id == **id)) {
        return refuse(Code::InvalidVolumeNotFound, format!("The volume '{missing}' does not exist."));
    }
    let (volumes, next_token) = r.page.apply(volumes, 5)?;
    Ok(Response::typed(Shape::Record, Volumes { volumes, next_token }))
}

/// DescribeVolumes: the instances' volumes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Volumes {
    pub volumes: Vec<Volume>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Volume {
    pub volume_id: String,
    pub size: i64,
    pub snapshot_id: String,
    pub availability_zone: String,
    pub state: &'static str,
    pub create_time: String,
    pub encrypted: bool,
    pub kms_key_id: Option<String>,
    pub volume_type: String,
    pub iops: i64,
    pub throughput: i64,
    pub multi_attach_enabled: bool,
    pub tags: Vec<crate::model::Tag>,
    pub attachments: Vec<VolumeAttachment>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VolumeAttachment {
    pub attach_time: String,
    pub device: String,
    pub instance_id: String,
    pub state: &'static str,
    pub volume_id: String,
    pub delete_on_termination: bool,
}
