//! The pipeline file format: YAML starting with `kind: pipeline` (R-LIF-5).

use serde::Deserialize;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum PipelineKind {
    Pipeline,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PipelineFile {
    /// Checked by serde: a pipeline file says `kind: pipeline`.
    #[allow(dead_code)]
    pub kind: PipelineKind,
    pub name: String,
    #[allow(dead_code)]
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub setup: Setup,
    pub base: Base,
    #[serde(default)]
    pub build: Build,
    #[serde(default)]
    pub distribution: Distribution,
    #[serde(default)]
    pub lifecycle: Lifecycle,
    /// How far ahead `plan` forecasts the cost (default 30d).
    #[serde(default)]
    pub forecast: Option<String>,
}

/// Setup for a fresh world; applied idempotently (existing accounts and keys are kept).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    #[serde(default)]
    pub accounts: Vec<crate::drill::file::SetupAccount>,
    #[serde(default)]
    pub keys: Vec<crate::drill::file::SetupKey>,
    #[serde(default)]
    pub block_public_access: Vec<crate::drill::file::SetupBlock>,
}

/// The approved base image: by ID, or the latest image whose name matches a pattern.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Base {
    #[serde(default)]
    pub image: Option<String>,
    /// A name pattern with `*` and `?`, e.g. `al2023-ami-*-x86_64`.
    #[serde(default)]
    pub name: Option<String>,
    /// `self`, `amazon`, `aws-marketplace` or an account (default: amazon for a name pattern).
    #[serde(default)]
    pub owner: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Build {
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub account: Option<String>,
    /// Name template: `{name}` (the pipeline's), `{rev}` (its revision), `{date}` (virtual date).
    #[serde(default)]
    pub image_name: Option<String>,
    #[serde(default)]
    pub instance_type: Option<String>,
    /// Hardening and patching steps, recorded on the image.
    #[serde(default)]
    pub steps: Vec<String>,
    /// Approved agents (logging, security, monitoring), recorded on the image.
    #[serde(default)]
    pub agents: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distribution {
    #[serde(default)]
    pub regions: Vec<DistRegion>,
    /// Accounts given launch permission (and the snapshots and keys they need).
    #[serde(default)]
    pub share_with: Vec<String>,
    /// Accounts that get their own copy, in every region of the distribution.
    #[serde(default)]
    pub copy_into: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistRegion {
    pub region: String,
    /// A key of the build account in that region: the copy is encrypted with it.
    #[serde(default)]
    pub kms_key: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    #[serde(default)]
    pub deprecate_after: Option<String>,
    #[serde(default)]
    pub disable_after: Option<String>,
    #[serde(default)]
    pub keep_last: Option<usize>,
    /// `KEY` or `KEY=VALUE`: images with this tag are left alone.
    #[serde(default)]
    pub exclude_tag: Option<String>,
}

pub fn parse(text: &str) -> Result<PipelineFile, String> {
    let p: PipelineFile = crate::yaml::from_str(text).map_err(|e| e.to_string())?;
    if p.base.image.is_some() == p.base.name.is_some() {
        return Err("base: give exactly one of `image: AMI` or `name: PATTERN`".into());
    }
    for d in [&p.lifecycle.deprecate_after, &p.lifecycle.disable_after, &p.forecast].into_iter().flatten() {
        if amisim::clock::parse_duration(d).is_none() {
            return Err(format!("lifecycle: {d:?} is not a duration (e.g. 90d)"));
        }
    }
    for r in p.distribution.regions.iter().map(|r| &r.region).chain(p.build.region.iter()) {
        if !amisim::regions::is_region(r) {
            return Err(format!("distribution: {}", amisim::regions::unknown(r)));
        }
    }
    Ok(p)
}

#[cfg(test)]
mod fuzz {
    use proptest::prelude::*;

    proptest! {
        // Fuzzing: no input, however broken, makes the drill or pipeline parser panic.
        #[test]
        fn drill_and_pipeline_parsers_never_panic(text in "\\PC{0,300}") {
            let _ = crate::drill::file::parse(&text);
            let _ = super::parse(&text);
        }

        #[test]
        fn yaml_shaped_input_never_panics(
            kind in prop::sample::select(vec!["drill", "pipeline", "x", ""]),
            key in prop::sample::select(vec!["run", "expect", "save", "inject", "as", "region", "name", "base", "steps"]),
            value in "[ -~]{0,40}",
            nested in any::<bool>(),
        ) {
            let text = if nested {
                format!("kind: {kind}\nname: n\nbase:\n  name: '*'\nsteps:\n  - {key}: {value}\n    expect:\n      {key}: {value}\n")
            } else {
                format!("kind: {kind}\nname: n\nsteps:\n  - {key}: {value}\n")
            };
            let _ = crate::drill::file::parse(&text);
            let _ = super::parse(&text);
        }
    }
}
