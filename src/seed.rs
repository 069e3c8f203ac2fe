//! A realistic big world for benchmarks: images spread over accounts and regions,
//! with snapshots, cross-region copies, shares, encryption, deprecation and
//! instances — all made by the real operations, in one transaction.

use crate::api::{self, Ctx, Wait};
use crate::error::{Error, OpError};
use crate::model::Tag;
use crate::regions;
use crate::store;
use rusqlite::{Connection, TransactionBehavior};

#[derive(Debug, Clone)]
pub struct SeedOptions {
    pub images: u64,
    pub accounts: usize,
    pub regions: usize,
}

#[derive(Debug, Default, Clone)]
pub struct SeedReport {
    pub images: u64,
    pub copies: u64,
    pub shared: u64,
    pub encrypted: u64,
    pub deprecated: u64,
    pub instances: u64,
}

fn fail(e: OpError) -> Error {
    crate::api::outside_call("seeding", e)
}

/// Adds `opts.images` images to the world. `progress` is told how many are done.
pub fn seed(conn: &mut Connection, opts: &SeedOptions, mut progress: impl FnMut(u64)) -> Result<SeedReport, Error> {
    // A bigger page cache while millions of index entries go in (still well under 30 MB).
    conn.execute_batch("PRAGMA cache_size = -16000")?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut report = SeedReport::default();
    {
        let base = Ctx::new(&tx, crate::accounts::DEFAULT_ACCOUNT, "us-east-1")?;
        let mut accounts = store::user_account_ids(&tx)?;
        while accounts.len() < opts.accounts.max(1) {
            let id = base.new_account_id().map_err(fail)?;
            if store::account(&tx, &id)?.is_none() {
                crate::api::accounts::add_user_account(&base, &id, &format!("bench-{}", accounts.len()))
                    .map_err(fail)?;
                accounts.push(id);
            }
        }
        accounts.truncate(opts.accounts.max(1));
        let regions: Vec<&str> = regions::codes().take(opts.regions.clamp(1, regions::REGIONS.len())).collect();
        let n = opts.images;
        // Phase 1: most images are registered; phase 2 copies, shares, deprecates, launches.
        let copies = n / 5;
        let now = crate::store::world(&tx)?.map(|w| w.now).unwrap_or(0);
        let stamp = crate::store::alloc_ids(&tx, 0)?;
        // Where the i-th image went, and its name; phase 2 finds its ID by name (an
        // index lookup) rather than keeping a million IDs in memory.
        let place = |i: usize| (i % accounts.len(), (i / accounts.len()) % regions.len());
        let name = |i: usize| format!("app-{stamp}-{i:07}");
        let made = (n - copies) as usize;
        for i in 0..n - copies {
            let (a, r) = place(i as usize);
            let ctx = base.with(&accounts[a], regions[r]);
            let encrypted = i % 10 == 5;
            let req = api::create::CreateImage {
                name: name(i as usize),
                root_size: Some(8 + (i % 4) as i64 * 8),
                encrypted,
                tag_specifications: if i % 7 == 0 {
                    api::tags::TagSpecification::new(
                        "image",
                        vec![Tag { key: "team".into(), value: format!("t{}", i % 13) }],
                    )
                } else {
                    Vec::new()
                },
                wait: Wait::default(),
                ..Default::default()
            };
            api::create::create_image(&ctx, req).map_err(fail)?;
            report.images += 1;
            report.encrypted += u64::from(encrypted);
            if i % 1000 == 0 {
                progress(report.images);
            }
        }
        let settle = |t: i64| -> Result<(), Error> {
            store::set_now(&tx, t)?;
            store::settle(&tx, t)?;
            Ok(())
        };
        settle(now + crate::clock::DAY)?;
        let image_id = |a: usize, r: usize, k: usize| -> Result<String, Error> {
            store::image_named(&tx, &accounts[a], regions[r], &name(k))?
                .ok_or_else(|| Error::Other(anyhow::anyhow!("seeding failed: image {} is missing", name(k))))
        };
        let base = Ctx::new(&tx, crate::accounts::DEFAULT_ACCOUNT, "us-east-1")?;
        for j in 0..copies {
            let k = (j as usize * 5) % made;
            let (a, r) = place(k);
            let src = image_id(a, r, k)?;
            let dest = (r + 1) % regions.len();
            let ctx = base.with(&accounts[a], regions[dest]);
            let req = api::copy::CopyImage {
                source_image_id: src,
                source_region: regions[r].to_string(),
                name: format!("app-{stamp}-copy-{j:07}"),
                ..Default::default()
            };
            api::copy::copy_image(&ctx, req).map_err(fail)?;
            report.images += 1;
            report.copies += 1;
            if j % 1000 == 0 {
                progress(report.images);
            }
        }
        for k in 0..made {
            let (a, r) = place(k);
            if k % 10 < 8 && k % 25 != 0 {
                continue; // neither shared, deprecated nor launched
            }
            let image = image_id(a, r, k)?;
            let ctx = base.with(&accounts[a], regions[r]);
            if k % 10 == 8 && accounts.len() > 1 && k % 20 != 5 {
                let other = accounts[(a + 1) % accounts.len()].clone();
                let share = api::share::ShareImage {
                    image_id: image.clone(),
                    add: vec![other],
                    with_snapshots: true,
                    ..Default::default()
                };
                // Shares of aws/ebs-encrypted images are refused, as in AWS; skip those.
                if api::share::share_image(&ctx, share).is_ok() {
                    report.shared += 1;
                }
            }
            if k % 10 == 9 {
                let d = api::lifecycle::Deprecate {
                    image_id: image.clone(),
                    when: api::lifecycle::DeprecateAt::In(crate::clock::DAY * (1 + (k % 60) as i64)),
                };
                api::lifecycle::deprecate(&ctx, d).map_err(fail)?;
                report.deprecated += 1;
            }
            if k % 25 == 0 && k % 10 != 5 {
                let launch = api::launch::RunInstances { image_id: image.clone(), count: 1, ..Default::default() };
                api::launch::run_instances(&ctx, launch).map_err(fail)?;
                report.instances += 1;
            }
        }
        settle(now + 2 * crate::clock::DAY)?;
        progress(report.images);
    }
    tx.commit()?;
    Ok(report)
}
