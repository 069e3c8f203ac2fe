//! The accounts every new world has (R-ID-3): three user accounts and the
//! system owners of the public catalog.

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
