//! Retiring: earlier images of a pipeline are deprecated, disabled, and all
//! but the last K deregistered.

use super::engine::{Engine, Refused};
use amisim::api::{self, Request};
use amisim::error::Error;
use amisim::model::Image;
use amisim::store;

impl Engine<'_> {
    /// Ages out earlier images of this pipeline: deprecate, disable, keep the last K.
    pub(super) fn lifecycle(&mut self, account: &str, rev: &str) -> Result<(), Refused> {
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
