//! Resource IDs (R-ID-1, R-ID-2, R-ID-3): deterministic generation and validation.

use crate::error::{ApiError, Code};

/// The kinds of resource that carry an ID, with their prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Image,
    Snapshot,
    Instance,
    Volume,
    Reservation,
    Product,
    KeyPair,
    SecurityGroup,
    SecurityGroupRule,
}

impl Kind {
    /// What a person calls an ID of this kind.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Image => "an image ID",
            Kind::Snapshot => "a snapshot ID",
            Kind::Instance => "an instance ID",
            Kind::Volume => "a volume ID",
            Kind::Reservation => "a reservation ID",
            Kind::Product => "a product code",
            Kind::KeyPair => "a key pair ID",
            Kind::SecurityGroup => "a security group ID",
            Kind::SecurityGroupRule => "a security group rule ID",
        }
    }

    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Image => "ami-",
            Kind::Snapshot => "snap-",
            Kind::Instance => "i-",
            Kind::Volume => "vol-",
            Kind::Reservation => "r-",
            Kind::Product => "prod-",
            Kind::KeyPair => "key-",
            Kind::SecurityGroup => "sg-",
            Kind::SecurityGroupRule => "sgr-",
        }
    }
}

/// splitmix64: a small, well-mixed, deterministic hash of (seed, counter).
pub fn mix(seed: u64, counter: u64) -> u64 {
    let mut z = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(counter).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Counters per ID bucket: IDs made close together share their leading digits.
const BUCKET_BITS: u32 = 8;
const LOW_BITS: u32 = 44;
const LOW_MASK: u64 = (1 << LOW_BITS) - 1;

/// A bijection on 44-bit values (odd multiplies and xor-shifts), so distinct
/// inputs give distinct, random-looking outputs.
fn scramble44(mut x: u64) -> u64 {
    x = x.wrapping_mul(0x9E37_79B9_7F4B) & LOW_MASK;
    x ^= x >> 23;
    x = x.wrapping_mul(0xBF58_476D_1CE5) & LOW_MASK;
    x ^ (x >> 21)
}

/// `prefix` + 17 lowercase hex digits, the first one `0` as in new-style AWS IDs.
///
/// The 16 digits after it are time-ordered: 5 leading digits (a per-seed,
/// per-kind base plus `counter / 256`) rise slowly, and 11 trailing digits are a
/// scrambled mix of random bits and the counter's other bits. IDs still look
/// random, are unique per counter (for 2^44 counters), and each new one lands at
/// the end of its B-tree index instead of on a random page — which keeps writes
/// on a 100,000-image world as cheap as on a small one.
pub fn format_id(kind: Kind, seed: u64, counter: u64) -> String {
    let salt = kind.prefix().bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64));
    let base = mix(seed ^ salt, u64::MAX) >> LOW_BITS;
    let bucket = base.wrapping_add(counter >> BUCKET_BITS) & 0xF_FFFF;
    // Counter bits 0..8 (within the bucket) and 28..44 (past a bucket wrap) keep
    // IDs of one bucket distinct; 20 random bits fill the rest.
    let within = (counter & 0xFF) | ((counter >> 28) & 0xFFFF) << 8;
    let random = mix(seed, counter) & 0xF_FFFF;
    format!("{}0{:05x}{:011x}", kind.prefix(), bucket, scramble44(within | random << 24))
}

/// A KMS key ID: a UUID derived like every other ID.
pub fn format_key_id(seed: u64, counter: u64) -> String {
    let a = mix(seed, counter);
    let b = mix(seed ^ 0x6B6D_735F, counter);
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        0x8000 | ((b >> 48) & 0x3fff),
        b & 0xffff_ffff_ffff
    )
}

/// A new 12-digit account number, never starting with 0.
pub fn format_account(seed: u64, counter: u64) -> String {
    format!("{:012}", 100_000_000_000 + mix(seed, counter) % 900_000_000_000)
}

/// An account's access key pair (README, "Use your real tools"): `AKIA` + 16 upper-case letters and
/// digits, and a 40-character secret, both from the world's seed (R-ID-1).
pub fn access_key(seed: u64, account: &str) -> (String, String) {
    let account_hash =
        account.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    let stream = |salt: u64, n: usize, alphabet: &[u8]| -> String {
        (0..n as u64)
            .map(|i| {
                alphabet[(mix(seed ^ salt, account_hash.wrapping_add(i)) % alphabet.len() as u64) as usize] as char
            })
            .collect()
    };
    let id = format!("AKIA{}", stream(0x004b_4559_4944, 16, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    let secret = stream(0x5345_4352_4554, 40, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    (id, secret)
}

/// A fresh access key pair from the system's randomness, shaped like the
/// derived ones (`accounts credentials --rotate`): nobody can compute it.
pub fn random_access_key() -> Result<(String, String), getrandom::Error> {
    let mut bytes = [0u8; 56];
    getrandom::fill(&mut bytes)?;
    // 32 and 64 divide 256: every character is equally likely.
    let pick = |b: &[u8], alphabet: &[u8]| -> String {
        b.iter().map(|x| alphabet[*x as usize % alphabet.len()] as char).collect()
    };
    let id = format!("AKIA{}", pick(&bytes[..16], b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    let secret = pick(&bytes[16..], b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    Ok((id, secret))
}

fn is_hex_id(s: &str, prefix: &str) -> bool {
    match s.strip_prefix(prefix) {
        Some(rest) => {
            (rest.len() == 17 || rest.len() == 8)
                && rest.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        }
        None => false,
    }
}

/// R-ID-2: malformed IDs are refused by the service, in AWS's words, then ours:
/// how many hex digits are needed, and what kind of ID was given instead.
pub fn malformed(code: Code, kind: Kind, id: &str) -> ApiError {
    let prefix = kind.prefix();
    let aws = format!("Invalid id: \"{id}\" (expecting \"{prefix}...\")");
    // No prefix starts another, so an ID of another kind is told by its prefix.
    let other = ALL_KINDS.iter().filter(|k| **k != kind).find(|k| {
        id.strip_prefix(k.prefix()).is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_hexdigit()))
    });
    let digits = "17 lowercase hex digits (or 8, in older IDs)";
    let hint = match (id.strip_prefix(prefix), other) {
        (_, Some(k)) => format!("that is {}; {} is {prefix} and {digits}", k.noun(), kind.noun()),
        (Some(rest), None) => match rest.chars().find(|c| !c.is_ascii_digit() && !('a'..='f').contains(c)) {
            Some(c) => format!("{prefix} must be followed by {digits}; {c:?} is not one"),
            None => format!("{prefix} must be followed by {digits}; this one has {}", rest.len()),
        },
        (None, None) => format!("{} is {prefix} and {digits}", kind.noun()),
    };
    ApiError::new(code, aws).with_hint(hint)
}

const ALL_KINDS: [Kind; 6] =
    [Kind::Image, Kind::Snapshot, Kind::Instance, Kind::Volume, Kind::Reservation, Kind::Product];

pub fn check_image_id(id: &str) -> Result<(), ApiError> {
    if is_hex_id(id, "ami-") {
        Ok(())
    } else {
        Err(malformed(Code::InvalidAmiIdMalformed, Kind::Image, id))
    }
}

pub fn check_snapshot_id(id: &str) -> Result<(), ApiError> {
    if is_hex_id(id, "snap-") {
        Ok(())
    } else {
        Err(malformed(Code::InvalidSnapshotIdMalformed, Kind::Snapshot, id))
    }
}

pub fn check_instance_id(id: &str) -> Result<(), ApiError> {
    if is_hex_id(id, "i-") {
        Ok(())
    } else {
        Err(malformed(Code::InvalidInstanceIdMalformed, Kind::Instance, id))
    }
}

pub fn is_product_code(s: &str) -> bool {
    is_hex_id(s, "prod-")
}

/// R-ID-3: account numbers are 12 digits.
pub fn is_account(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_deterministic_and_well_formed_r_id_1() {
        let a = format_id(Kind::Image, 0, 7);
        assert_eq!(a, format_id(Kind::Image, 0, 7));
        assert_ne!(a, format_id(Kind::Image, 0, 8));
        assert_ne!(a, format_id(Kind::Image, 1, 7));
        assert!(check_image_id(&a).is_ok(), "{a}");
        assert_eq!(a.len(), 4 + 17);
        assert!(check_snapshot_id(&format_id(Kind::Snapshot, 3, 4)).is_ok());
        assert!(is_account(&format_account(0, 9)));
    }

    #[test]
    fn ids_are_unique_and_time_ordered_r_id_1() {
        let ids: Vec<String> = (0..100_000).map(|c| format_id(Kind::Snapshot, 42, c)).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "IDs are unique");
        // Ordered bucket by bucket (within a bucket the trailing digits are random).
        for w in ids.chunks(256).collect::<Vec<_>>().windows(2) {
            assert!(w[0].iter().max() < w[1].iter().min() || w[1][0][6..11] < w[0][0][6..11], "buckets rise");
        }
        // Consecutive IDs still differ in most trailing digits.
        let same = ids[0][10..].chars().zip(ids[1][10..].chars()).filter(|(a, b)| a == b).count();
        assert!(same < 5, "{} vs {}", ids[0], ids[1]);
        assert_ne!(format_id(Kind::Image, 0, 7)[4..], format_id(Kind::Snapshot, 0, 7)[5..]);
    }

    #[test]
    fn legacy_and_malformed_ids_r_id_2() {
        assert!(check_image_id("ami-12345678").is_ok());
        for bad in ["ami-1234567", "ami-XYZ", "ami-0ABCDEF0123456789", "snap-12345678", "", "ami-"] {
            assert_eq!(check_image_id(bad).unwrap_err().code, Code::InvalidAmiIdMalformed, "{bad}");
        }
    }

    #[test]
    fn access_keys_look_like_aws_and_differ_per_account_and_seed() {
        let (id, secret) = access_key(0, "111122223333");
        assert_eq!((id.len(), secret.len()), (20, 40));
        assert!(
            id.starts_with("AKIA") && id[4..].bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
            "{id}"
        );
        assert_eq!(access_key(0, "111122223333"), (id.clone(), secret));
        assert_ne!(access_key(0, "222233334444").0, id);
        assert_ne!(access_key(1, "111122223333").0, id);
    }

    #[test]
    fn key_ids_look_like_uuids() {
        let k = format_key_id(0, 1);
        assert_eq!(k.len(), 36);
        assert_eq!(k.matches('-').count(), 4);
    }
}
