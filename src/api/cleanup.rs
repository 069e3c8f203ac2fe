//! `cleanup`: which of the caller's images (and orphaned snapshots) could go,
//! why each is kept or removed, and what it would save (R-LIF-5, R-COST-2).

use super::{Ctx, Response, Shape};
use crate::access::{self, Action, Facts, ManageOp};
use crate::clock;
use crate::cost::{SNAPSHOT_ARCHIVE, SNAPSHOT_STANDARD, TEMPLATE_STORAGE};
use crate::error::{ApiError, Code, OpError};
use crate::model::Image;
use crate::store::{self, ImageQuery, ImageScope, NameMatch};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Cleanup {
    pub keep_last: Option<usize>,
    pub older_than: Option<i64>,
    /// `KEY` or `KEY=VALUE`: images with this tag are never removed.
    pub exclude_tags: Vec<String>,
    pub apply: bool,
}

/// The family an image belongs to for `--keep-last`: its `Family` tag, or its
/// name without the trailing version (`web-v12` → `web`, `golden-2026.01.02` → `golden`).
pub fn family(image: &Image) -> String {
    if let Some(t) = image.tags.iter().find(|t| t.key == "Family") {
        return t.value.clone();
    }
    let trimmed = image.name.trim_end_matches(|c: char| c.is_ascii_digit() || ".-_".contains(c));
    let trimmed = trimmed.strip_suffix('v').filter(|t| t.ends_with(['-', '_', '.'])).unwrap_or(trimmed);
    let trimmed = trimmed.trim_end_matches(['-', '_', '.']);
    if trimmed.is_empty() || trimmed == "v" {
        image.name.clone()
    } else {
        trimmed.to_string()
    }
}

fn monthly(size: i64, tier: &str) -> f64 {
    size as f64 * if tier == "archive" { SNAPSHOT_ARCHIVE } else { SNAPSHOT_STANDARD }
}

fn excluded(image: &Image, rules: &[String]) -> Option<String> {
    rules.iter().find_map(|rule| {
        let (k, v) = rule.split_once('=').map(|(k, v)| (k, Some(v))).unwrap_or((rule.as_str(), None));
        image
            .tags
            .iter()
            .any(|t| t.key == k && v.is_none_or(|v| t.value == v))
            .then(|| format!("excluded by tag {rule}"))
    })
}

pub fn cleanup(ctx: &Ctx, r: Cleanup) -> Result<Response, OpError> {
    if r.keep_last.is_none() && r.older_than.is_none() {
        return Err(ApiError::new(Code::MissingParameter, "A cleanup needs a rule: keep the last N, or an age")
            .with_hint("say what may go: --keep-last N and/or --older-than DURATION")
            .into());
    }
    let query = ImageQuery {
        viewer: ctx.account,
        region: Some(ctx.region),
        scope: ImageScope::Owners(vec![ctx.account.to_string()]),
        name: NameMatch::Any,
    };
    let mut images = store::query_images(ctx.db, &query)?;
    images.sort_by_key(|i| std::cmp::Reverse((i.creation_date, i.row)));
    let rows: Vec<i64> = images.iter().map(|i| i.row).collect();
    let shared: HashSet<i64> = store::images_with_permissions(ctx.db, &rows)?.into_iter().collect();
    let ids: Vec<String> = images.iter().map(|i| i.image_id.clone()).collect();
    let running = store::live_instance_counts(ctx.db, &ids)?;
    let snap_ids: Vec<String> = images.iter().flat_map(|i| i.snapshot_ids().map(str::to_string)).collect();
    let snaps: BTreeMap<String, crate::model::Snapshot> = store::snapshots_by_id(ctx.db, ctx.region, &snap_ids)?
        .into_iter()
        .map(|s| (s.snapshot_id.clone(), s))
        .collect();
    let mut seen_in_family: BTreeMap<String, usize> = BTreeMap::new();
    let mut candidates = Vec::new();
    let mut saving = 0.0;
    let mut to_remove = Vec::new();
    for image in &images {
        let fam = family(image);
        let rank = seen_in_family.entry(fam.clone()).or_insert(0);
        *rank += 1;
        let mut keep = Vec::new();
        if let Some(n) = running.get(&image.image_id) {
            keep.push(format!("in use by {n} instance(s)"));
        }
        if image.public {
            keep.push("public".to_string());
        } else if shared.contains(&image.row) {
            keep.push("shared with other accounts".to_string());
        }
        if image.deregistration_protection != "disabled" {
            keep.push(format!("protected ({})", image.deregistration_protection));
        }
        if let Some(reason) = excluded(image, &r.exclude_tags) {
            keep.push(reason);
        }
        if let Some(k) = r.keep_last {
            if *rank <= k {
                keep.push(format!("one of the newest {k} of {fam}"));
            }
        }
        if let Some(age) = r.older_than {
            if ctx.now - image.creation_date < age {
                keep.push(format!("younger than {}", clock::format_duration(age)));
            }
        }
        // The same permission answer the operation would give (style: one place decides).
        let refusal = access::reasons(image, &Facts::empty(), ctx.account, Action::Manage(ManageOp::Deregister));
        if let Some(first) = refusal.first() {
            keep.push(first.message.clone());
        }
        let image_snaps: Vec<&crate::model::Snapshot> = image.snapshot_ids().filter_map(|s| snaps.get(s)).collect();
        let month: f64 = image_snaps.iter().map(|s| monthly(s.volume_size, &s.storage_tier)).sum::<f64>()
            + if image.is_instance_store() { image.template_size as f64 * TEMPLATE_STORAGE } else { 0.0 };
        let remove = keep.is_empty();
        let mut why = Vec::new();
        if remove {
            if let Some(k) = r.keep_last {
                why.push(format!("not among the newest {k} of {fam}"));
            }
            if let Some(age) = r.older_than {
                why.push(format!("older than {}", clock::format_duration(age)));
            }
            saving += month;
            to_remove.push(image.clone());
        }
        candidates.push(Candidate {
            resource_id: image.image_id.clone(),
            image_id: Some(image.image_id.clone()),
            snapshot_id: None,
            name: Some(image.name.clone()),
            region: image.region.clone(),
            family: Some(fam.to_string()),
            creation_date: Some(clock::format(image.creation_date)),
            action: if remove { "remove" } else { "keep" },
            reasons: if remove { why } else { keep },
            snapshots: image_snaps.iter().map(|s| s.snapshot_id.clone()).collect(),
            monthly_saving: if remove { month } else { 0.0 },
        });
    }
    let orphans: Vec<_> =
        store::orphaned_snapshots(ctx.db, Some(ctx.account))?.into_iter().filter(|o| o.region == ctx.region).collect();
    let orphan_snaps =
        store::snapshots_by_id(ctx.db, ctx.region, &orphans.iter().map(|o| o.snapshot_id.clone()).collect::<Vec<_>>())?;
    for s in &orphan_snaps {
        let month = monthly(s.volume_size, &s.storage_tier);
        saving += month;
        candidates.push(Candidate {
            resource_id: s.snapshot_id.clone(),
            image_id: None,
            snapshot_id: Some(s.snapshot_id.clone()),
            name: None,
            region: s.region.clone(),
            family: None,
            creation_date: None,
            action: "remove",
            reasons: vec!["backs no image: still billing".into()],
            snapshots: vec![s.snapshot_id.clone()],
            monthly_saving: month,
        });
    }
    if r.apply {
        for image in &to_remove {
            let d =
                super::lifecycle::Deregister { image_id: image.image_id.clone(), delete_associated_snapshots: true };
            super::lifecycle::deregister(ctx, d)?;
        }
        for s in &orphan_snaps {
            super::snapshots::remove_snapshot(ctx, s)?;
        }
    }
    Ok(Response::typed(Shape::Cleanup, CleanupPlan { candidates, monthly_saving: saving, applied: r.apply }))
}

/// What cleanup would remove (or removed, with --apply) and keep, and why.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CleanupPlan {
    pub candidates: Vec<Candidate>,
    pub monthly_saving: f64,
    pub applied: bool,
}

/// An image of the caller's, or a snapshot that backs none.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Candidate {
    pub resource_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub region: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<String>,
    pub action: &'static str,
    pub reasons: Vec<String>,
    pub snapshots: Vec<String>,
    pub monthly_saving: f64,
}

#[cfg(test)]
mod tests {
    #[test]
    fn families() {
        let mut i = crate::model::Image { name: "web-v12".into(), ..crate::model::tests::sample_image() };
        assert_eq!(super::family(&i), "web");
        i.name = "golden-2026.01.02".into();
        assert_eq!(super::family(&i), "golden");
        i.name = "base".into();
        assert_eq!(super::family(&i), "base");
        i.name = "v2".into();
        assert_eq!(super::family(&i), "v2");
    }
}
