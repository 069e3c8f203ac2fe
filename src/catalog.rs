//! A new world (README "State file"): accounts, keys, block public access and the
//! public catalog in every region, all with deterministic IDs (R-ID-1).

use crate::accounts::{AMAZON, CANONICAL, DEFAULT_ACCOUNT, MARKETPLACE, REDHAT, SYSTEM_ACCOUNTS, USER_ACCOUNTS};
use crate::api::accounts::add_user_account;
use crate::api::create::{build_image, ImageSpec, VolumeSpec};
use crate::api::Ctx;
use crate::clock::EPOCH_START;
use crate::error::{Error, OpError};
use crate::ids::Kind;
use crate::model::{Account, ProductCode};
use crate::regions;
use crate::store;
use rusqlite::Connection;

pub const MARKETPLACE_PRODUCT_NAME: &str = "Acme Hardened NGINX";
pub const MARKETPLACE_PRICE: f64 = 0.10;

struct CatalogImage {
    owner: &'static str,
    name: &'static str,
    description: &'static str,
    architecture: &'static str,
    size: i64,
    platform: &'static str,
    usage: &'static str,
    billing: &'static [&'static str],
    marketplace: bool,
}

const CATALOG: &[CatalogImage] = &[
    CatalogImage {
        owner: AMAZON,
        name: "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64",
        description: "Amazon Linux 2023 AMI 2023.9.20260101.0 x86_64 HVM kernel-6.1",
        architecture: "x86_64",
        size: 8,
        platform: "Linux/UNIX",
        usage: "RunInstances",
        billing: &[],
        marketplace: false,
    },
    CatalogImage {
        owner: AMAZON,
        name: "al2023-ami-2023.9.20260101.0-kernel-6.1-arm64",
        description: "Amazon Linux 2023 AMI 2023.9.20260101.0 arm64 HVM kernel-6.1",
        architecture: "arm64",
        size: 8,
        platform: "Linux/UNIX",
        usage: "RunInstances",
        billing: &[],
        marketplace: false,
    },
    CatalogImage {
        owner: CANONICAL,
        name: "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20260101",
        description: "Canonical, Ubuntu, 24.04, amd64 noble image",
        architecture: "x86_64",
        size: 8,
        platform: "Linux/UNIX",
        usage: "RunInstances",
        billing: &[],
        marketplace: false,
    },
    CatalogImage {
        owner: AMAZON,
        name: "Windows_Server-2022-English-Full-Base-2026.01.01",
        description: "Microsoft Windows Server 2022 Full Locale English AMI provided by Amazon",
        architecture: "x86_64",
        size: 30,
        platform: "Windows",
        usage: "RunInstances:0002",
        billing: &["windows"],
        marketplace: false,
    },
    CatalogImage {
        owner: REDHAT,
        name: "RHEL-9.4.0_HVM-20260101-x86_64-0-Hourly2-GP3",
        description: "Provided by Red Hat, Inc.",
        architecture: "x86_64",
        size: 10,
        platform: "Red Hat Enterprise Linux",
        usage: "RunInstances:0010",
        billing: &["rhel"],
        marketplace: false,
    },
    CatalogImage {
        owner: MARKETPLACE,
        name: "acme-hardened-nginx-1.4-x86_64",
        description: "Acme Hardened NGINX 1.4 (AWS Marketplace, $0.10/hour)",
        architecture: "x86_64",
        size: 8,
        platform: "Linux/UNIX",
        usage: "RunInstances",
        billing: &[],
        marketplace: true,
    },
];

/// Fills a freshly migrated state file with a new world.
pub fn new_world(conn: &Connection, seed: u64) -> Result<(), Error> {
    store::insert_world(conn, seed, EPOCH_START)?;
    let ctx = Ctx::new(conn, DEFAULT_ACCOUNT, "us-east-1")?;
    let fail = |e: OpError| crate::api::outside_call("building the new world", e);
    for (id, name, alias) in SYSTEM_ACCOUNTS {
        let account = Account {
            account_id: id.to_string(),
            name: name.to_string(),
            system: true,
            alias: alias.map(str::to_string),
        };
        store::insert_account(conn, &account)?;
    }
    for (id, name) in USER_ACCOUNTS {
        add_user_account(&ctx, id, name).map_err(fail)?;
    }
    let product = ctx.new_id(Kind::Product).map_err(fail)?;
    store::insert_product(conn, &product, MARKETPLACE_PRODUCT_NAME, MARKETPLACE, MARKETPLACE_PRICE, None)?;
    for region in regions::codes() {
        for c in CATALOG {
            let spec = ImageSpec {
                owner: c.owner,
                region,
                name: c.name.to_string(),
                description: Some(c.description.to_string()),
                architecture: c.architecture.to_string(),
                instance_store: false,
                volumes: vec![VolumeSpec {
                    // Windows images boot from /dev/sda1, Linux ones from /dev/xvda.
                    device: if c.platform == "Windows" { "/dev/sda1" } else { "/dev/xvda" }.into(),
                    size: c.size,
                    key: None,
                    source_snapshot: None,
                    volume_type: "gp3".into(),
                    iops: None,
                    throughput: None,
                    delete_on_termination: true,
                    existing: None,
                }],
                template_size: 0,
                platform_details: c.platform.to_string(),
                usage_operation: c.usage.to_string(),
                billing_products: c.billing.iter().map(|s| s.to_string()).collect(),
                product_codes: if c.marketplace {
                    vec![ProductCode { product_code_id: product.clone(), product_code_type: "marketplace".into() }]
                } else {
                    Vec::new()
                },
                source_image_id: None,
                source_image_region: None,
                source_instance_id: None,
                ready_delay: 0,
                fail: false,
                public: true,
                snapshot_note: "Catalog image".into(),
                registration: Default::default(),
                imds_support: None,
            };
            build_image(&ctx, spec).map_err(fail)?;
        }
    }
    Ok(())
}
