//! Building: the approved base image, and the builder that is launched,
//! hardened (recorded), imaged and terminated.

use super::engine::{Action, Engine, Refused};
use amisim::api::{self, Caller, Request, Wait};
use amisim::error::Error;
use amisim::model::Image;
use amisim::store;

impl Engine<'_> {
    /// The approved base image: by ID, or the latest matching the name pattern.
    pub(super) fn base(&mut self) -> Result<Option<Image>, Refused> {
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

    pub(super) fn build(
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
}
