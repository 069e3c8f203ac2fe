//! A new world (cli.md "State file"): accounts, keys, block public access and the
//! public catalog in every region, all with deterministic IDs (R-ID-1).

use crate::api::create::{build_image, ImageSpec, VolumeSpec};
use crate::api::{Ctx, OrInternal};
use crate::clock::EPOCH_START;
use crate::error::{ApiError, Error};
use crate::ids::Kind;
use crate::model::{Account, ProductCode};
use crate::regions;
use crate::store;
use rusqlite::Connection;

pub const DEFAULT_ACCOUNT: &str = "111122223333";
pub const USER_ACCOUNTS: &[(&str, &str)] =
    &[("111122223333", "main"), ("222233334444", "partner"), ("333344445555", "sandbox")];

pub const AMAZON: &str = "137112412989";
pub const MARKETPLACE: &str = "679593333241";
pub const REDHAT: &str = "309956199498";
pub const CANONICAL: &str = "099720109477";

/// System owners of the public catalog (R-ID-3): (id, name, owner alias).
pub const SYSTEM_ACCOUNTS: &[(&str, &str, Option<&str>)] = &[
    (AMAZON, "Amazon", Some("amazon")),
    (MARKETPLACE, "AWS Marketplace", Some("aws-marketplace")),
    (REDHAT, "Red Hat", None),
    (CANONICAL, "Canonical", None),
];

pub fn is_system_account(id: &str) -> bool {
    SYSTEM_ACCOUNTS.iter().any(|(a, _, _)| *a == id)
}

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

/// Adds a user account: block public access on and an `aws/ebs` key in every region.
pub fn add_user_account(ctx: &Ctx, id: &str, name: &str) -> Result<(), ApiError> {
    store::insert_account(ctx.db, &Account { account_id: id.into(), name: name.into(), system: false, alias: None })
        .db()?;
    for region in regions::codes() {
        let key_id = ctx.new_key_id()?;
        let key = store::NewKey {
            key_id: &key_id,
            region,
            owner_id: id,
            alias: Some("alias/aws/ebs"),
            managed: true,
            created: ctx.now,
        };
        store::insert_key(ctx.db, &key).db()?;
    }
    Ok(())
}

/// Fills a freshly migrated state file with a new world.
pub fn new_world(conn: &Connection, seed: u64) -> Result<(), Error> {
    store::insert_world(conn, seed, EPOCH_START)?;
    let ctx = Ctx::new(conn, DEFAULT_ACCOUNT, "us-east-1")?;
    let fail = |e: ApiError| Error::Other(anyhow::anyhow!("building the new world failed: {e}"));
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
                    device: "/dev/xvda".into(),
                    size: c.size,
                    key: None,
                    source_snapshot: None,
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
            };
            build_image(&ctx, spec).map_err(fail)?;
        }
    }
    Ok(())
}

#[cfg(test)]
pub mod tests {
    use crate::model::{Image, ImageState};

    /// A plain image for unit tests.
    pub fn sample_image() -> Image {
        Image {
            row: 1,
            image_id: "ami-00000000000000001".into(),
            name: "sample".into(),
            description: None,
            owner_id: super::DEFAULT_ACCOUNT.into(),
            image_owner_alias: None,
            region: "us-east-1".into(),
            state: ImageState::Available,
            state_reason: None,
            creation_date: crate::clock::EPOCH_START,
            architecture: "x86_64".into(),
            image_type: "machine",
            public: false,
            root_device_type: "ebs".into(),
            root_device_name: "/dev/xvda".into(),
            block_device_mappings: Vec::new(),
            virtualization_type: "hvm",
            hypervisor: "xen",
            ena_support: true,
            platform_details: "Linux/UNIX".into(),
            usage_operation: "RunInstances".into(),
            billing_products: Vec::new(),
            product_codes: Vec::new(),
            tags: Vec::new(),
            deprecation_time: None,
            deregistration_protection: "disabled".into(),
            source_image_id: None,
            source_image_region: None,
            source_instance_id: None,
            ready_at: 0,
            outcome: ImageState::Available,
            template_size: 0,
            shared_with_caller: false,
            protection_until: None,
        }
    }
}
