//! The pipeline engine: runs each step as a core request on a store, records
//! what it did (or would do, on a scratch world), and stops at a refusal.

use super::file::PipelineFile;
use super::Summary;
use crate::progress;
use amisim::accounts::DEFAULT_ACCOUNT;
use amisim::api::{self, Caller, Request, Wait};
use amisim::error::Error;
use amisim::model::Image;
use amisim::store::{self, Store};
use serde::Serialize;

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
pub(super) struct Refused(pub(super) Error);

pub(super) struct Engine<'a> {
    pub(super) progress: progress::Regions,
    pub(super) store: &'a mut Store,
    pub(super) p: &'a PipelineFile,
    pub(super) actions: Vec<Action>,
    pub(super) stop_on_refusal: bool,
    pub(super) first_refusal: Option<Error>,
}

pub(super) fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl<'a> Engine<'a> {
    pub(super) fn record(&mut self, action: &str, account: &str, region: &str, target: &str, outcome: &str) {
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
    pub(super) fn call(
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

    pub(super) fn build_account(&self) -> String {
        self.p.build.account.clone().unwrap_or_else(|| DEFAULT_ACCOUNT.into())
    }
    pub(super) fn build_region(&self) -> String {
        self.p.build.region.clone().unwrap_or_else(|| "us-east-1".into())
    }

    pub(super) fn image(&self, account: &str, region: &str, name: &str) -> Result<Option<Image>, Refused> {
        let db = |e: rusqlite::Error| Refused(Error::from(e));
        match store::image_named(&self.store.conn, account, region, name).map_err(db)? {
            Some(id) => store::find_image(&self.store.conn, region, &id, account).map_err(db),
            None => Ok(None),
        }
    }

    /// Idempotent setup for the world the pipeline runs in.
    pub(super) fn setup(&mut self) -> Result<(), Refused> {
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

    /// Grants `account` what it needs to launch and copy `image`: launch permission,
    /// the snapshots, and a customer-managed key (R-SHR-3, R-CPY-5).
    pub(super) fn share(&mut self, image: &Image, account: &str) -> Result<(), Refused> {
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

    pub(super) fn copy(
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

    pub(super) fn run(&mut self, text: &str) -> Result<Summary, Refused> {
        self.setup()?;
        let (account, region) = (self.build_account(), self.build_region());
        let Some(base) = self.base()? else { return Ok(Summary::named(&self.p.name)) };
        let rev = format!("{:08x}", fnv(&format!("{text}\n{}", base.image_id)) & 0xffff_ffff);
        let now = store::world(&self.store.conn).map_err(|e| Refused(e.into()))?.map(|w| w.now).unwrap_or(0);
        let date = amisim::clock::format(now)[..10].replace('-', ".");
        let template = self.p.build.image_name.clone().unwrap_or_else(|| "{name}-{rev}".into());
        let name = template.replace("{name}", &self.p.name).replace("{rev}", &rev).replace("{date}", &date);
        let summary = Summary {
            revision: Some(rev.clone()),
            base_image: Some(base.image_id.clone()),
            image_name: Some(name.clone()),
            ..Summary::named(&self.p.name)
        };
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
}
