//! `amisim pipeline plan|apply FILE`: golden image pipelines (R-LIF-5). A base
//! image is launched, hardened (recorded), imaged, copied to regions, shared with
//! or copied into accounts, and aged out. `plan` runs the same steps on a scratch
//! copy of the world, so what it shows is what `apply` does, and its cost
//! forecast is the cost report of that scratch world.

pub mod file;

use crate::output::{self, Format};
use crate::settings::Settings;
use amisim::accounts::DEFAULT_ACCOUNT;
use amisim::api::{self, Caller, Request, Wait};
use amisim::error::Error;
use amisim::model::Image;
use amisim::store::{self, Store};
use clap::{Args, Subcommand};
use file::PipelineFile;
use serde::Serialize;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum PipelineCmd {
    /// Show what apply would do, the refusals it foresees and the cost forecast; changes nothing
    #[command(
        after_help = "Examples:\n  amisim pipeline plan examples/pipelines/golden-web.yaml\n  amisim pipeline plan golden.yaml --strict -o json"
    )]
    Plan(PlanArgs),
    /// Build, distribute and age out the golden image; running it again changes nothing
    #[command(after_help = "Example:\n  amisim pipeline apply examples/pipelines/golden-web.yaml")]
    Apply(ApplyArgs),
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// The pipeline file (YAML, kind: pipeline)
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// Exit 254 when a refusal is foreseen
    #[arg(long)]
    pub strict: bool,
}

#[derive(Args, Debug)]
pub struct ApplyArgs {
    /// The pipeline file (YAML, kind: pipeline)
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
}

/// One thing the pipeline does (or would do).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Action {
    pub action: String,
    pub account: String,
    pub region: String,
    pub target: String,
    /// `done`, `exists` (nothing to do), or `refused`.
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Stops an apply at its first refusal.
struct Refused(Error);

struct Engine<'a> {
    progress: crate::progress::Regions,
    store: &'a mut Store,
    p: &'a PipelineFile,
    actions: Vec<Action>,
    stop_on_refusal: bool,
    first_refusal: Option<Error>,
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl<'a> Engine<'a> {
    fn record(&mut self, action: &str, account: &str, region: &str, target: &str, outcome: &str) {
        self.progress.update(region, &format!("{action} {target} ({outcome})"));
        self.actions.push(Action {
            action: action.into(),
            account: account.into(),
            region: region.into(),
            target: target.into(),
            outcome: outcome.into(),
            code: None,
            message: None,
        });
    }

    /// Runs one request; records it as done or refused.
    fn call(
        &mut self,
        action: &str,
        account: &str,
        region: &str,
        target: &str,
        req: Request,
    ) -> Result<Option<api::Response>, Refused> {
        let caller = Caller::new(account.into(), region.into());
        match api::call(&mut self.store.conn, &caller, req, false) {
            Ok(out) if out.waiter_failure.is_none() => {
                self.record(action, account, region, target, "done");
                Ok(Some(out.response))
            }
            result => {
                let (code, message, err) = match result {
                    Ok(out) => {
                        let e = out.waiter_failure.unwrap_or_else(|| Error::Check("waiter failed".into()));
                        ("WaiterFailed".to_string(), e.to_string(), e)
                    }
                    Err(Error::Api { operation, error }) => {
                        (error.code.as_str().to_string(), error.message.clone(), Error::Api { operation, error })
                    }
                    Err(other) => return Err(Refused(other)),
                };
                self.actions.push(Action {
                    action: action.into(),
                    account: account.into(),
                    region: region.into(),
                    target: target.into(),
                    outcome: "refused".into(),
                    code: Some(code),
                    message: Some(message),
                });
                if self.first_refusal.is_none() {
                    self.first_refusal = Some(err);
                }
                if self.stop_on_refusal {
                    Err(Refused(Error::Check("refused".into())))
                } else {
                    Ok(None)
                }
            }
        }
    }

    fn build_account(&self) -> String {
        self.p.build.account.clone().unwrap_or_else(|| DEFAULT_ACCOUNT.into())
    }
    fn build_region(&self) -> String {
        self.p.build.region.clone().unwrap_or_else(|| "us-east-1".into())
    }

    fn image(&self, account: &str, region: &str, name: &str) -> Result<Option<Image>, Refused> {
        let db = |e: rusqlite::Error| Refused(Error::from(e));
        match store::image_named(&self.store.conn, account, region, name).map_err(db)? {
            Some(id) => store::find_image(&self.store.conn, region, &id, account).map_err(db),
            None => Ok(None),
        }
    }

    /// Idempotent setup for the world the pipeline runs in.
    fn setup(&mut self) -> Result<(), Refused> {
        let db = |e: rusqlite::Error| Refused(Error::from(e));
        let p = self.p;
        for a in &p.setup.accounts {
            if store::account(&self.store.conn, &a.id).map_err(db)?.is_none() {
                let r = Request::CreateAccount(api::accounts::CreateAccount {
                    id: Some(a.id.clone()),
                    name: a.name.clone(),
                });
                self.call("create-account", DEFAULT_ACCOUNT, "us-east-1", &a.id, r)?;
            }
        }
        for k in &p.setup.keys {
            let account = k.account.clone().unwrap_or_else(|| DEFAULT_ACCOUNT.into());
            let region = k.region.clone().unwrap_or_else(|| "us-east-1".into());
            let alias = if k.alias.starts_with("alias/") { k.alias.clone() } else { format!("alias/{}", k.alias) };
            let key = store::find_key(&self.store.conn, &region, &account, &alias).map_err(db)?;
            if key.is_none() {
                let r = Request::CreateKey(api::keys::CreateKey { alias: alias.clone() });
                self.call("create-key", &account, &region, &alias, r)?;
            }
            for g in &k.grant {
                let granted = store::find_key(&self.store.conn, &region, &account, &alias)
                    .map_err(db)?
                    .is_some_and(|k| k.grantees.contains(g));
                if !granted {
                    let r = Request::grant_key(api::keys::GrantKey {
                        key: alias.clone(),
                        grantee: g.clone(),
                        revoke: false,
                    });
                    self.call("grant-key", &account, &region, &format!("{alias} to {g}"), r)?;
                }
            }
        }
        for b in &p.setup.block_public_access {
            let account = b.account.clone().unwrap_or_else(|| DEFAULT_ACCOUNT.into());
            let region = b.region.clone().unwrap_or_else(|| "us-east-1".into());
            let on = b.state == crate::drill::file::OnOff::On;
            if store::public_access_blocked(&self.store.conn, &account, &region).map_err(db)? != on {
                self.call(
                    "block-public-access",
                    &account,
                    &region,
                    if on { "on" } else { "off" },
                    Request::block_public_access(on),
                )?;
            }
        }
        Ok(())
    }

    /// The approved base image: by ID, or the latest matching the name pattern.
    fn base(&mut self) -> Result<Option<Image>, Refused> {
        let (account, region) = (self.build_account(), self.build_region());
        let r = match (&self.p.base.image, &self.p.base.name) {
            (Some(id), _) => api::describe::DescribeImages { image_ids: vec![id.clone()], ..Default::default() },
            (None, Some(pattern)) => api::describe::DescribeImages {
                owners: vec![self.p.base.owner.clone().unwrap_or_else(|| "amazon".into())],
                filters: vec![api::filters::Filter { name: "name".into(), values: vec![pattern.clone()] }],
                ..Default::default()
            },
            (None, None) => return Ok(None),
        };
        let caller = Caller::new(account.clone(), region.clone());
        match api::call(&mut self.store.conn, &caller, Request::DescribeImages(r), false) {
            Ok(out) => {
                let images = out.response.image_list().map_or(&[][..], |(images, _)| images);
                let latest = images.iter().max_by_key(|i| (i.creation_date, i.image_id.as_str()));
                match latest.map(|i| i.image_id.as_str()) {
                    Some(id) => {
                        Ok(store::find_image(&self.store.conn, &region, id, &account).map_err(|e| Refused(e.into()))?)
                    }
                    None => {
                        let pattern = self.p.base.name.clone().unwrap_or_default();
                        self.actions.push(Action {
                            action: "find-base".into(),
                            account,
                            region,
                            target: pattern.clone(),
                            outcome: "refused".into(),
                            code: Some("InvalidAMIID.NotFound".into()),
                            message: Some(format!("no image matches {pattern}")),
                        });
                        self.first_refusal = Some(Error::Check(format!("no base image matches {pattern}")));
                        Err(Refused(Error::Check("no base".into())))
                    }
                }
            }
            Err(Error::Api { error, .. }) => {
                self.actions.push(Action {
                    action: "find-base".into(),
                    account,
                    region,
                    target: self.p.base.image.clone().unwrap_or_default(),
                    outcome: "refused".into(),
                    code: Some(error.code.as_str().into()),
                    message: Some(error.message.clone()),
                });
                self.first_refusal = Some(Error::api("DescribeImages", error));
                Err(Refused(Error::Check("no base".into())))
            }
            Err(e) => Err(Refused(e)),
        }
    }

    /// Grants `account` what it needs to launch and copy `image`: launch permission,
    /// the snapshots, and a customer-managed key (R-SHR-3, R-CPY-5).
    fn share(&mut self, image: &Image, account: &str) -> Result<(), Refused> {
        let owner = image.owner_id.clone();
        let region = image.region.clone();
        let db = |e: rusqlite::Error| Refused(Error::from(e));
        let arns: Vec<String> = image.block_device_mappings.iter().filter_map(|b| b.ebs.kms_key_id.clone()).collect();
        for key in store::keys_by_arn(&self.store.conn, &arns).map_err(db)? {
            if !key.is_managed() && !key.grantees.iter().any(|g| g == account) {
                let r = Request::grant_key(api::keys::GrantKey {
                    key: key.key_id.clone(),
                    grantee: account.into(),
                    revoke: false,
                });
                self.call(
                    "grant-key",
                    &owner,
                    &region,
                    &format!("{} to {account}", key.alias.clone().unwrap_or(key.key_id.clone())),
                    r,
                )?;
            }
        }
        let perms = store::launch_permissions(&self.store.conn, image.row).map_err(db)?;
        let snaps: Vec<String> = image.snapshot_ids().map(str::to_string).collect();
        let snapshot_ok = store::snapshots_by_id(&self.store.conn, &region, &snaps)
            .map_err(db)?
            .iter()
            .all(|s| s.volume_permissions.iter().any(|g| g == account));
        let target = format!("{} with {account}", image.image_id);
        if perms.iter().any(|g| g == account) && snapshot_ok {
            self.record("share", &owner, &region, &target, "exists");
            return Ok(());
        }
        let r = Request::share_image(api::share::ShareImage {
            image_id: image.image_id.clone(),
            add: vec![account.into()],
            with_snapshots: true,
            ..Default::default()
        });
        self.call("share", &owner, &region, &target, r)?;
        Ok(())
    }

    fn copy(
        &mut self,
        source: &Image,
        account: &str,
        region: &str,
        name: &str,
        key: Option<String>,
    ) -> Result<Option<Image>, Refused> {
        if let Some(existing) = self.image(account, region, name)? {
            self.record("copy", account, region, name, "exists");
            return Ok(Some(existing));
        }
        let r = Request::CopyImage(api::copy::CopyImage {
            source_image_id: source.image_id.clone(),
            source_region: source.region.clone(),
            name: name.into(),
            encrypted: key.is_some(),
            kms_key_id: key,
            copy_tags: true,
            wait: Wait { wait: true, timeout: None },
            ..Default::default()
        });
        if self.call("copy", account, region, name, r)?.is_none() {
            return Ok(None);
        }
        self.image(account, region, name)
    }

    fn run(&mut self, text: &str) -> Result<Value, Refused> {
        self.setup()?;
        let (account, region) = (self.build_account(), self.build_region());
        let Some(base) = self.base()? else { return Ok(json!({})) };
        let rev = format!("{:08x}", fnv(&format!("{text}\n{}", base.image_id)) & 0xffff_ffff);
        let now = store::world(&self.store.conn).map_err(|e| Refused(e.into()))?.map(|w| w.now).unwrap_or(0);
        let date = amisim::clock::format(now)[..10].replace('-', ".");
        let template = self.p.build.image_name.clone().unwrap_or_else(|| "{name}-{rev}".into());
        let name = template.replace("{name}", &self.p.name).replace("{rev}", &rev).replace("{date}", &date);
        let summary =
            json!({ "Pipeline": self.p.name, "Revision": rev, "BaseImage": base.image_id, "ImageName": name });
        // Build: launch the base, record hardening and agents, image it, clean up.
        let golden = match self.image(&account, &region, &name)? {
            Some(existing) if existing.tags.iter().any(|t| t.key == "PipelineRevision" && t.value == rev) => {
                self.record("build", &account, &region, &name, "exists");
                Some(existing)
            }
            _ => self.build(&base, &account, &region, &name, &rev)?,
        };
        let Some(golden) = golden else { return Ok(summary) };
        let mut images = vec![golden.clone()];
        for d in &self.p.distribution.regions {
            if d.region == region {
                continue;
            }
            if let Some(copy) = self.copy(&golden, &account, &d.region, &name, d.kms_key.clone())? {
                images.push(copy);
            }
        }
        for target in self.p.distribution.share_with.clone() {
            for image in images.clone() {
                self.share(&image, &target)?;
            }
        }
        for target in self.p.distribution.copy_into.clone() {
            for image in images.clone() {
                self.share(&image, &target)?;
                let fresh = self.image(&account, &image.region, &name)?.unwrap_or(image.clone());
                self.copy(&fresh, &target, &image.region, &name, None)?;
            }
        }
        self.lifecycle(&account, &rev)?;
        Ok(summary)
    }

    fn build(
        &mut self,
        base: &Image,
        account: &str,
        region: &str,
        name: &str,
        rev: &str,
    ) -> Result<Option<Image>, Refused> {
        let launch = Request::RunInstances(api::launch::RunInstances {
            image_id: base.image_id.clone(),
            count: 1,
            instance_type: self.p.build.instance_type.clone(),
            tag_specifications: api::tags::TagSpecification::new(
                "instance",
                amisim::model::Tag::parse_list(vec![format!("Name={}-builder", self.p.name)]),
            ),
            wait: Wait { wait: true, timeout: None },
            ..Default::default()
        });
        let Some(out) = self.call("launch-builder", account, region, &base.image_id, launch)? else { return Ok(None) };
        let launched = out.output::<api::output::Instances>().and_then(|o| o.instances.first());
        let instance = launched.map(|i| i.instance_id.clone()).unwrap_or_default();
        let mut tags = vec![
            format!("Pipeline={}", self.p.name),
            format!("PipelineRevision={rev}"),
            format!("Family={}", self.p.name),
            format!("BaseImage={}", base.image_id),
        ];
        for (i, s) in self.p.build.steps.iter().enumerate() {
            tags.push(format!("Step{}={s}", i + 1));
        }
        if !self.p.build.agents.is_empty() {
            tags.push(format!("Agents={}", self.p.build.agents.join(",")));
        }
        let create = Request::create_image(api::create::CreateImage {
            name: name.into(),
            instance_id: Some(instance.clone()),
            description: Some(format!("Golden image {} built from {}", self.p.name, base.image_id)),
            tag_specifications: api::tags::TagSpecification::new("image", amisim::model::Tag::parse_list(tags)),
            wait: Wait { wait: true, timeout: None },
            ..Default::default()
        });
        let created = self.call("create", account, region, name, create)?;
        let terminate = Request::change_instances(api::instances::ChangeInstances {
            action: api::instances::InstanceAction::Terminate,
            instance_ids: vec![instance.clone()],
        });
        self.call("terminate-builder", account, region, &instance, terminate)?;
        if created.is_none() {
            return Ok(None);
        }
        self.image(account, region, name)
    }

    /// Ages out earlier images of this pipeline: deprecate, disable, keep the last K.
    fn lifecycle(&mut self, account: &str, rev: &str) -> Result<(), Refused> {
        let l = &self.p.lifecycle;
        let (deprecate, disable, keep) = (
            l.deprecate_after.as_deref().and_then(amisim::clock::parse_duration),
            l.disable_after.as_deref().and_then(amisim::clock::parse_duration),
            l.keep_last,
        );
        let exclude = l.exclude_tag.clone();
        let db = |e: rusqlite::Error| Refused(Error::from(e));
        let now = store::world(&self.store.conn).map_err(db)?.map(|w| w.now).unwrap_or(0);
        let query = store::ImageQuery {
            viewer: account,
            region: None,
            scope: store::ImageScope::Owners(vec![account.to_string()]),
            name: store::NameMatch::Any,
        };
        let mut mine: Vec<Image> = store::query_images(&self.store.conn, &query)
            .map_err(db)?
            .into_iter()
            .filter(|i| i.tags.iter().any(|t| t.key == "Pipeline" && t.value == self.p.name))
            .collect();
        mine.sort_by_key(|i| std::cmp::Reverse((i.creation_date, i.row)));
        let mut rank: std::collections::HashMap<String, usize> = Default::default();
        for image in mine {
            let current = image.tags.iter().any(|t| t.key == "PipelineRevision" && t.value == rev);
            let n = rank.entry(image.region.clone()).or_insert(0);
            *n += 1;
            let excluded = exclude.as_ref().is_some_and(|rule| {
                let (k, v) = rule.split_once('=').map(|(k, v)| (k, Some(v))).unwrap_or((rule.as_str(), None));
                image.tags.iter().any(|t| t.key == k && v.is_none_or(|v| t.value == v))
            });
            if excluded {
                continue;
            }
            let (region, id) = (image.region.clone(), image.image_id.clone());
            if let Some(k) = keep {
                if !current && *n > k {
                    let r = Request::Deregister(api::lifecycle::Deregister {
                        image_id: id.clone(),
                        delete_associated_snapshots: true,
                    });
                    self.call("deregister", account, &region, &id, r)?;
                    continue;
                }
            }
            if let Some(d) = disable {
                if !current && now - image.creation_date >= d && image.state == amisim::model::ImageState::Available {
                    self.call("disable", account, &region, &id, Request::Disable(id.clone()))?;
                    continue;
                }
            }
            if let Some(d) = deprecate {
                if image.deprecation_time.is_none() && image.state != amisim::model::ImageState::Disabled {
                    let at = (image.creation_date + d).max(now);
                    let r = Request::deprecate(api::lifecycle::Deprecate {
                        image_id: id.clone(),
                        when: api::lifecycle::DeprecateAt::At(amisim::clock::format(at)),
                    });
                    self.call("deprecate", account, &region, &id, r)?;
                }
            }
        }
        Ok(())
    }
}

fn load(path: &Path) -> Result<(String, PipelineFile), Error> {
    let text = amisim::world::read_file(path)?;
    let p = file::parse(&text).map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
    Ok((text, p))
}

/// Runs the pipeline on `store`; returns the summary, the actions, and the first refusal.
fn execute(
    store: &mut Store,
    p: &PipelineFile,
    text: &str,
    stop_on_refusal: bool,
    progress: crate::progress::Regions,
) -> Result<(Value, Vec<Action>, Option<Error>), Error> {
    let mut engine = Engine { progress, store, p, actions: Vec::new(), stop_on_refusal, first_refusal: None };
    let result = engine.run(text);
    engine.progress.finish();
    let summary = match result {
        Ok(v) => v,
        Err(Refused(Error::Check(_))) => json!({ "Pipeline": p.name }),
        Err(Refused(e)) => return Err(e),
    };
    Ok((summary, engine.actions, engine.first_refusal))
}

/// The plan: the same steps on a scratch copy of the world, then its cost forecast.
pub fn plan(config: &Settings, path: &Path) -> Result<(Value, Option<Error>), Error> {
    let (text, p) = load(path)?;
    let real = config.open()?;
    let tmp = tempfile::tempdir().map_err(|e| Error::Other(anyhow::anyhow!("temporary directory: {e}")))?;
    let scratch_path = tmp.path().join("plan.db");
    store::copy_world(&real.conn, &scratch_path)?;
    drop(real);
    let mut scratch = amisim::world::open_existing(&scratch_path)?;
    let start = store::world(&scratch.conn)?.map(|w| w.now).unwrap_or(0);
    // The scratch world is throw-away: one transaction for the whole plan.
    scratch.begin_batch()?;
    let (mut summary, mut actions, first_refusal) =
        execute(&mut scratch, &p, &text, false, crate::progress::Regions::new(false))?;
    for a in actions.iter_mut().filter(|a| a.outcome == "done") {
        a.outcome = "planned".into();
    }
    let horizon = p.forecast.as_deref().and_then(amisim::clock::parse_duration).unwrap_or(30 * amisim::clock::DAY);
    let end = start + horizon;
    let now = store::world(&scratch.conn)?.map(|w| w.now).unwrap_or(0);
    let caller = Caller::new(DEFAULT_ACCOUNT.into(), "us-east-1".into());
    if end > now {
        api::call(&mut scratch.conn, &caller, Request::AdvanceClock(end - now), false)?;
    }
    let cost = api::costs::GetCost {
        all_accounts: true,
        by: api::costs::GroupBy::Account,
        since: Some(amisim::clock::format(start)),
        until: Some(amisim::clock::format(end.max(now))),
    };
    let forecast = api::call(&mut scratch.conn, &caller, Request::GetCost(cost), false)?.response.into_value();
    let refusals = actions.iter().filter(|a| a.outcome == "refused").count();
    summary["Actions"] = serde_json::to_value(&actions).unwrap_or_default();
    summary["Refusals"] = json!(refusals);
    let mut forecast = forecast;
    forecast["ByAccount"] = forecast["Lines"].clone();
    if let Some(o) = forecast.as_object_mut() {
        o.remove("OrphanedSnapshots");
    }
    summary["Forecast"] = forecast;
    Ok((summary, first_refusal))
}

pub fn run(cmd: PipelineCmd, config: &Settings) -> Result<(), Error> {
    match cmd {
        PipelineCmd::Plan(a) => {
            let (summary, first_refusal) = plan(config, &a.file)?;
            print(config, &summary)?;
            match first_refusal {
                Some(e) if a.strict => Err(e),
                _ => Ok(()),
            }
        }
        PipelineCmd::Apply(a) => {
            let (text, p) = load(&a.file)?;
            let mut store = config.open()?;
            let machine = config.explicit_format && matches!(config.format, Format::Json | Format::Yaml);
            let progress = crate::progress::Regions::new(crate::progress::enabled(machine));
            let (mut summary, actions, refusal) = execute(&mut store, &p, &text, true, progress)?;
            summary["Changed"] = json!(actions.iter().filter(|a| a.outcome == "done").count());
            summary["Actions"] = serde_json::to_value(&actions).unwrap_or_default();
            print(config, &summary)?;
            match refusal {
                Some(e) => Err(e),
                None => Ok(()),
            }
        }
    }
}

fn print(config: &Settings, summary: &Value) -> Result<(), Error> {
    let human = !config.explicit_format || matches!(config.format, Format::Table | Format::Text);
    if human && config.query.is_none() {
        let s = |k: &str| summary[k].as_str().unwrap_or("").to_string();
        let mut out = format!(
            "pipeline {} (revision {}) from base {} → image {}\n",
            s("Pipeline"),
            s("Revision"),
            s("BaseImage"),
            s("ImageName")
        );
        for a in summary["Actions"].as_array().into_iter().flatten() {
            let outcome = match a["Outcome"].as_str() {
                Some("refused") => {
                    format!("REFUSED {}: {}", a["Code"].as_str().unwrap_or(""), a["Message"].as_str().unwrap_or(""))
                }
                Some(o) => o.to_string(),
                None => String::new(),
            };
            out.push_str(&format!(
                "  {:<18} {:<13} {:<15} {:<40} {}\n",
                a["Action"].as_str().unwrap_or(""),
                a["Account"].as_str().unwrap_or(""),
                a["Region"].as_str().unwrap_or(""),
                a["Target"].as_str().unwrap_or(""),
                outcome
            ));
        }
        if let Some(f) = summary.get("Forecast") {
            out.push_str(&format!(
                "cost forecast {} → {}:\n",
                f["From"].as_str().unwrap_or(""),
                f["To"].as_str().unwrap_or("")
            ));
            for l in f["ByAccount"].as_array().into_iter().flatten() {
                out.push_str(&format!(
                    "  {}  ${:.2}\n",
                    l["AccountId"].as_str().unwrap_or(""),
                    l["Amount"].as_f64().unwrap_or(0.0)
                ));
            }
            out.push_str(&format!("  total         ${:.2}\n", f["Total"].as_f64().unwrap_or(0.0)));
        }
        if let Some(c) = summary.get("Changed") {
            out.push_str(&format!("{c} change(s)\n"));
        }
        return output::write_stdout(out.as_bytes());
    }
    let response = api::Response::record(summary.clone());
    output::write_stdout(output::render(&response, config.format, config.query.as_deref())?.as_bytes())
}
