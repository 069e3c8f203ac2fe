//! The commercial AWS regions (R-ID-4).

pub const REGIONS: &[(&str, &str)] = &[
    ("us-east-1", "US East (N. Virginia)"),
    ("us-east-2", "US East (Ohio)"),
    ("us-west-1", "US West (N. California)"),
    ("us-west-2", "US West (Oregon)"),
    ("af-south-1", "Africa (Cape Town)"),
    ("ap-east-1", "Asia Pacific (Hong Kong)"),
    ("ap-east-2", "Asia Pacific (Taipei)"),
    ("ap-south-1", "Asia Pacific (Mumbai)"),
    ("ap-south-2", "Asia Pacific (Hyderabad)"),
    ("ap-southeast-1", "Asia Pacific (Singapore)"),
    ("ap-southeast-2", "Asia Pacific (Sydney)"),
    ("ap-southeast-3", "Asia Pacific (Jakarta)"),
    ("ap-southeast-4", "Asia Pacific (Melbourne)"),
    ("ap-southeast-5", "Asia Pacific (Malaysia)"),
    ("ap-southeast-7", "Asia Pacific (Thailand)"),
    ("ap-northeast-1", "Asia Pacific (Tokyo)"),
    ("ap-northeast-2", "Asia Pacific (Seoul)"),
    ("ap-northeast-3", "Asia Pacific (Osaka)"),
    ("ca-central-1", "Canada (Central)"),
    ("ca-west-1", "Canada West (Calgary)"),
    ("eu-central-1", "Europe (Frankfurt)"),
    ("eu-central-2", "Europe (Zurich)"),
    ("eu-west-1", "Europe (Ireland)"),
    ("eu-west-2", "Europe (London)"),
    ("eu-west-3", "Europe (Paris)"),
    ("eu-south-1", "Europe (Milan)"),
    ("eu-south-2", "Europe (Spain)"),
    ("eu-north-1", "Europe (Stockholm)"),
    ("il-central-1", "Israel (Tel Aviv)"),
    ("me-south-1", "Middle East (Bahrain)"),
    ("me-central-1", "Middle East (UAE)"),
    ("mx-central-1", "Mexico (Central)"),
    ("sa-east-1", "South America (Sao Paulo)"),
];

pub fn is_region(code: &str) -> bool {
    REGIONS.iter().any(|(c, _)| *c == code)
}

/// R-ID-4: a region named in a request (SourceRegion, DescribeRegions) must be
/// one; the service's refusal, for both front ends. (An unknown `--region` on
/// the command line is configuration, exit 253, and checked before any call.)
pub fn check(code: &str, parameter: &str) -> Result<(), crate::error::ApiError> {
    if is_region(code) {
        return Ok(());
    }
    Err(crate::error::ApiError::new(crate::error::Code::InvalidParameterValue, format!("Invalid {parameter}: {code}")))
}

pub fn codes() -> impl Iterator<Item = &'static str> {
    REGIONS.iter().map(|(c, _)| *c)
}

/// R-ID-4: the refusal of an unknown region, naming the closest real one.
pub fn unknown(code: &str) -> String {
    format!("Invalid region: {code} (the closest region is {}; every region: amisim regions)", closest(code))
}

/// The region code fewest single-character edits (insert, delete, replace,
/// swap of neighbours) away from `code`.
pub fn closest(code: &str) -> &'static str {
    let code = code.to_ascii_lowercase();
    codes().min_by_key(|c| edits(&code, c)).unwrap_or("us-east-1")
}

/// Optimal string alignment distance.
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closest_region_is_a_typo_away() {
        assert_eq!(closest("us-est-1"), "us-east-1");
        assert_eq!(closest("eu-wset-1"), "eu-west-1");
        assert_eq!(closest("US-EAST-2"), "us-east-2");
        assert_eq!(closest("ap-southeast"), "ap-southeast-1");
        assert_eq!(closest("eu-central-3"), "eu-central-1");
    }
}
