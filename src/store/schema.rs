//! Numbered migrations, run in one transaction and recorded in `PRAGMA user_version`.

use crate::error::Error;
use rusqlite::{Connection, TransactionBehavior};

const V1: &str = r#"
CREATE TABLE world (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seed INTEGER NOT NULL,
    next_id INTEGER NOT NULL,
    now INTEGER NOT NULL
);
CREATE TABLE accounts (
    account_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    system INTEGER NOT NULL,
    alias TEXT
) WITHOUT ROWID;
-- Image block public access is on unless a row here says it is off (account, region).
CREATE TABLE public_access_allowed (
    account_id TEXT NOT NULL REFERENCES accounts(account_id),
    region TEXT NOT NULL,
    PRIMARY KEY (account_id, region)
) WITHOUT ROWID;
CREATE TABLE keys (
    key_id TEXT PRIMARY KEY,
    region TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES accounts(account_id),
    alias TEXT,
    managed INTEGER NOT NULL,
    state TEXT NOT NULL,
    created INTEGER NOT NULL
);
CREATE UNIQUE INDEX keys_alias ON keys(owner_id, region, alias);
CREATE TABLE key_grants (
    key_id TEXT NOT NULL REFERENCES keys(key_id),
    grantee TEXT NOT NULL,
    PRIMARY KEY (key_id, grantee)
) WITHOUT ROWID;
CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    image_id TEXT NOT NULL,
    region TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    state TEXT NOT NULL,
    state_reason_code TEXT,
    state_reason_message TEXT,
    created INTEGER NOT NULL,
    ready_at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    architecture TEXT NOT NULL,
    root_device_type TEXT NOT NULL,
    root_device_name TEXT NOT NULL,
    platform_details TEXT NOT NULL,
    usage_operation TEXT NOT NULL,
    billing_products TEXT,
    product_codes TEXT,
    public INTEGER NOT NULL DEFAULT 0,
    deprecation_time INTEGER,
    protection TEXT NOT NULL DEFAULT 'disabled',
    protection_until INTEGER,
    source_image_id TEXT,
    source_image_region TEXT,
    source_instance_id TEXT,
    template_size INTEGER NOT NULL DEFAULT 0,
    deregistered_at INTEGER
);
CREATE UNIQUE INDEX images_id ON images(image_id);
-- R-IMG-2: names are unique per owner and region among registered images.
CREATE UNIQUE INDEX images_name ON images(owner_id, region, name) WHERE state <> 'deregistered';
CREATE INDEX images_region_state ON images(region, state);
CREATE INDEX images_pending ON images(ready_at) WHERE state = 'pending';
CREATE INDEX images_public ON images(region) WHERE public = 1;
CREATE INDEX images_source ON images(source_image_id);
CREATE TABLE image_devices (
    image_id INTEGER NOT NULL REFERENCES images(id),
    device_name TEXT NOT NULL,
    snapshot_id TEXT,
    volume_size INTEGER NOT NULL,
    encrypted INTEGER NOT NULL,
    kms_key_id TEXT,
    delete_on_termination INTEGER NOT NULL,
    PRIMARY KEY (image_id, device_name)
) WITHOUT ROWID;
CREATE INDEX image_devices_snapshot ON image_devices(snapshot_id);
CREATE TABLE launch_permissions (
    image_id INTEGER NOT NULL REFERENCES images(id),
    grantee TEXT NOT NULL,
    PRIMARY KEY (image_id, grantee)
) WITHOUT ROWID;
CREATE INDEX launch_permissions_grantee ON launch_permissions(grantee, image_id);
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    snapshot_id TEXT NOT NULL,
    region TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    volume_size INTEGER NOT NULL,
    encrypted INTEGER NOT NULL,
    kms_key_id TEXT,
    managed_key INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    ready_at INTEGER NOT NULL,
    storage_tier TEXT NOT NULL DEFAULT 'standard',
    tiering_status TEXT,
    tier_ready_at INTEGER,
    archived_at INTEGER,
    created INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source_snapshot_id TEXT
);
CREATE UNIQUE INDEX snapshots_id ON snapshots(snapshot_id);
CREATE INDEX snapshots_owner ON snapshots(owner_id, region);
CREATE INDEX snapshots_pending ON snapshots(ready_at) WHERE state = 'pending';
CREATE INDEX snapshots_tiering ON snapshots(tier_ready_at) WHERE tiering_status IS NOT NULL;
CREATE TABLE volume_permissions (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    grantee TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, grantee)
) WITHOUT ROWID;
CREATE INDEX volume_permissions_grantee ON volume_permissions(grantee);
CREATE TABLE instances (
    id INTEGER PRIMARY KEY,
    instance_id TEXT NOT NULL,
    reservation_id TEXT NOT NULL,
    region TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    image_id TEXT NOT NULL,
    instance_type TEXT NOT NULL,
    architecture TEXT NOT NULL,
    state TEXT NOT NULL,
    state_reason_code TEXT,
    state_reason_message TEXT,
    launch_time INTEGER NOT NULL,
    ready_at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    root_device_type TEXT NOT NULL,
    root_device_name TEXT NOT NULL,
    platform_details TEXT NOT NULL,
    usage_operation TEXT NOT NULL,
    billing_products TEXT,
    product_codes TEXT
);
CREATE UNIQUE INDEX instances_id ON instances(instance_id);
CREATE INDEX instances_owner ON instances(owner_id, region);
CREATE INDEX instances_image ON instances(image_id);
CREATE INDEX instances_pending ON instances(ready_at) WHERE state = 'pending';
CREATE TABLE instance_volumes (
    instance_id INTEGER NOT NULL REFERENCES instances(id),
    device_name TEXT NOT NULL,
    volume_id TEXT NOT NULL,
    snapshot_id TEXT,
    volume_size INTEGER NOT NULL,
    encrypted INTEGER NOT NULL,
    kms_key_id TEXT,
    PRIMARY KEY (instance_id, device_name)
) WITHOUT ROWID;
CREATE TABLE tags (
    resource_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (resource_id, key)
) WITHOUT ROWID;
CREATE TABLE products (
    product_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seller_id TEXT NOT NULL,
    price REAL NOT NULL,
    image_id TEXT
) WITHOUT ROWID;
CREATE TABLE subscriptions (
    account_id TEXT NOT NULL,
    product_code TEXT NOT NULL REFERENCES products(product_code),
    PRIMARY KEY (account_id, product_code)
) WITHOUT ROWID;
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    operation TEXT NOT NULL,
    parameters TEXT NOT NULL,
    outcome TEXT NOT NULL,
    error_code TEXT,
    message TEXT
);
CREATE INDEX events_account ON events(account_id, time);
-- Money (R-COST-*): metered intervals (end NULL while open) and one-off charges.
CREATE TABLE ledger (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    cause TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    quantity REAL NOT NULL,
    unit TEXT NOT NULL,
    rate REAL NOT NULL,
    start_time INTEGER NOT NULL,
    end_time INTEGER,
    amount REAL
);
CREATE INDEX ledger_account ON ledger(account_id, start_time);
CREATE INDEX ledger_open ON ledger(resource_id, cause) WHERE end_time IS NULL AND amount IS NULL;
"#;

/// The EC2 endpoint (README, "Use your real tools"): who made each call, idempotent client tokens,
/// attributes the API reads and writes, and imported catalog images.
const V2: &str = r#"
ALTER TABLE events ADD COLUMN source TEXT NOT NULL DEFAULT 'cli';
ALTER TABLE events ADD COLUMN access_key_id TEXT;
ALTER TABLE events ADD COLUMN request_id TEXT;
-- ClientToken idempotency of CopyImage and RunInstances, per account and region.
CREATE TABLE client_tokens (
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    operation TEXT NOT NULL,
    token TEXT NOT NULL,
    parameters TEXT NOT NULL,
    response TEXT NOT NULL,
    PRIMARY KEY (account_id, region, operation, token)
) WITHOUT ROWID;
ALTER TABLE images ADD COLUMN last_launched INTEGER;
ALTER TABLE images ADD COLUMN imported INTEGER NOT NULL DEFAULT 0;
CREATE INDEX images_imported ON images(region) WHERE imported = 1;
ALTER TABLE instances ADD COLUMN disable_api_termination INTEGER NOT NULL DEFAULT 0;
"#;

/// Audit events name the resources they were about (R-EVT-1).
const V3: &str = r#"
ALTER TABLE events ADD COLUMN resources TEXT NOT NULL DEFAULT '[]';
"#;

/// Rotated access keys (README, "Use your real tools"), and the wall
/// time (ms) up to which the virtual clock has followed it while serving, one
/// anchor shared by every server on the file.
const V4: &str = r#"
CREATE TABLE access_keys (
    account_id TEXT PRIMARY KEY REFERENCES accounts(account_id),
    access_key_id TEXT NOT NULL UNIQUE,
    secret TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE world ADD COLUMN followed_wall_ms INTEGER;
-- The ClientToken an instance was launched with (DescribeInstances shows it).
ALTER TABLE instances ADD COLUMN client_token TEXT;
-- ImdsSupport: v2.0 once set (ModifyImageAttribute imdsSupport is one-way).
ALTER TABLE images ADD COLUMN imds_support TEXT;
"#;

/// The volume type of each image device and instance volume (gp3 until
/// now; `catalog import` and RegisterImage keep the type they are given).
const V5: &str = r#"
ALTER TABLE image_devices ADD COLUMN volume_type TEXT NOT NULL DEFAULT 'gp3';
ALTER TABLE instance_volumes ADD COLUMN volume_type TEXT NOT NULL DEFAULT 'gp3';
"#;

/// Key pairs and security groups (per account and region), the groups and
/// key each instance was launched with, and the zone it was placed in when
/// RunInstances named a subnet or zone.
const V6: &str = r#"
CREATE TABLE key_pairs (
    key_pair_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    key_name TEXT NOT NULL,
    key_type TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    public_key TEXT NOT NULL,
    create_time INTEGER NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX key_pairs_name ON key_pairs(account_id, region, key_name);
-- A default VPC's `default` group is stored once a call changes it.
CREATE TABLE security_groups (
    group_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    vpc_id TEXT NOT NULL,
    group_name TEXT NOT NULL,
    description TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX security_groups_name ON security_groups(account_id, region, vpc_id, group_name);
CREATE TABLE security_group_rules (
    rule_id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL,
    egress INTEGER NOT NULL,
    ip_protocol TEXT NOT NULL,
    from_port INTEGER,
    to_port INTEGER,
    cidr_ipv4 TEXT,
    cidr_ipv6 TEXT,
    referenced_group_id TEXT,
    description TEXT
) WITHOUT ROWID;
CREATE INDEX security_group_rules_group ON security_group_rules(group_id);
CREATE TABLE instance_groups (
    instance_id INTEGER NOT NULL REFERENCES instances(id),
    group_id TEXT NOT NULL,
    PRIMARY KEY (instance_id, group_id)
) WITHOUT ROWID;
CREATE INDEX instance_groups_group ON instance_groups(group_id);
-- Stopping and shutting-down instances settle like pending ones.
CREATE INDEX instances_moving ON instances(ready_at) WHERE state IN ('stopping', 'shutting-down');
ALTER TABLE instances ADD COLUMN key_name TEXT;
ALTER TABLE instances ADD COLUMN availability_zone TEXT;
"#;

/// What RegisterImage was told (virtualization type, ENA, SR-IOV, boot mode,
/// TPM: JSON of model::Registration), and each device's IOPS and throughput.
const V7: &str = r#"
ALTER TABLE images ADD COLUMN registration TEXT;
ALTER TABLE image_devices ADD COLUMN iops INTEGER;
ALTER TABLE image_devices ADD COLUMN throughput INTEGER;
"#;

/// Migration N (1-based) upgrades user_version N-1 to N.
const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Re-read under the write lock: another process may have migrated already.
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
    }
    tx.commit()?;
    Ok(())
}
