//! Prices (docs/rules.md section 8). A month is 730 hours (R-COST-2).

pub const HOURS_PER_MONTH: f64 = 730.0;
/// USD per GiB-month.
pub const SNAPSHOT_STANDARD: f64 = 0.05;
pub const SNAPSHOT_ARCHIVE: f64 = 0.0125;
pub const TEMPLATE_STORAGE: f64 = 0.023;
/// USD per GiB (R-COST-3).
pub const TRANSFER_PER_GIB: f64 = 0.02;
pub const RESTORE_PER_GIB: f64 = 0.03;

/// Software fee per instance-hour of a billing product (R-COST-4).
pub fn billing_product_fee(product: &str) -> f64 {
    match product {
        "windows" => 0.0092,
        "rhel" => 0.06,
        _ => 0.0,
    }
}
