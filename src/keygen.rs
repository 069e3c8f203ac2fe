//! Key pair material (CreateKeyPair, ImportKeyPair): real keys that
//! `ssh-keygen -y` accepts, in the formats and with the fingerprints AWS uses.
//!
//! - RSA (the default): a 2048-bit key, the private key as PKCS#1 PEM
//!   (`-----BEGIN RSA PRIVATE KEY-----`); fingerprint the SHA-1 of its PKCS#8
//!   DER encoding, as colon-separated hex.
//! - Ed25519: the private key in OpenSSH's own format
//!   (`-----BEGIN OPENSSH PRIVATE KEY-----`); fingerprint the SHA-256 of the
//!   public key blob, in base64.
//! - An imported RSA public key is fingerprinted by the MD5 of its blob (RFC
//!   4716), an imported Ed25519 one as a created one.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use md5::Md5;
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::EncodePrivateKey;
use rsa::traits::PublicKeyParts;
use sha1::Sha1;
use sha2::{Digest, Sha256};

/// The two key types AWS makes and takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    Rsa,
    Ed25519,
}

impl KeyType {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::Rsa => "rsa",
            KeyType::Ed25519 => "ed25519",
        }
    }
}

/// A made key pair: what CreateKeyPair answers once, and what is kept.
pub struct Made {
    pub private_key: String,
    /// The OpenSSH public key line (`ssh-rsa AAAA…`), without a comment.
    pub public_key: String,
    pub fingerprint: String,
}

/// An imported public key: its type, normalized line, and fingerprint.
pub struct Imported {
    pub key_type: KeyType,
    pub public_key: String,
    pub fingerprint: String,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the system's random source failed: {0}")]
    Random(String),
    #[error("the key could not be encoded: {0}")]
    Encoding(String),
}

fn put_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// An SSH mpint: big-endian, no leading zeros, a zero byte first if the top bit is set.
fn put_mpint(out: &mut Vec<u8>, be: &[u8]) {
    let trimmed: &[u8] = match be.iter().position(|b| *b != 0) {
        Some(i) => &be[i..],
        None => &[],
    };
    if trimmed.first().is_some_and(|b| b & 0x80 != 0) {
        let mut v = Vec::with_capacity(trimmed.len() + 1);
        v.push(0);
        v.extend_from_slice(trimmed);
        put_string(out, &v);
    } else {
        put_string(out, trimmed);
    }
}

fn colon_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// PEM: base64 in lines of `width` between the armour lines.
fn armour(label: &str, der: &[u8], width: usize) -> String {
    let b64 = STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(width) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----"));
    out
}

fn ed25519_blob(public: &[u8; 32]) -> Vec<u8> {
    let mut blob = Vec::new();
    put_string(&mut blob, b"ssh-ed25519");
    put_string(&mut blob, public);
    blob
}

/// A new key pair of this type, from the system's randomness.
pub fn make(key_type: KeyType) -> Result<Made, KeyError> {
    match key_type {
        KeyType::Rsa => {
            // 2048 bits, as AWS makes them (the crate's default is 3072).
            let key =
                rsa::PrivateKey::new(&mut getrandom::SysRng, 2048).map_err(|e| KeyError::Random(e.to_string()))?;
            let pkcs1 = key.to_pkcs1_der().map_err(|e| KeyError::Encoding(e.to_string()))?;
            let pkcs8 = key.to_pkcs8_der().map_err(|e| KeyError::Encoding(e.to_string()))?;
            let mut blob = Vec::new();
            put_string(&mut blob, b"ssh-rsa");
            put_mpint(&mut blob, &key.e().to_be_bytes());
            put_mpint(&mut blob, &key.n().to_be_bytes());
            Ok(Made {
                private_key: armour("RSA PRIVATE KEY", pkcs1.as_bytes(), 64),
                public_key: format!("ssh-rsa {}", STANDARD.encode(&blob)),
                fingerprint: colon_hex(&Sha1::digest(pkcs8.as_bytes())),
            })
        }
        KeyType::Ed25519 => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| KeyError::Random(e.to_string()))?;
            let mut check = [0u8; 4];
            getrandom::fill(&mut check).map_err(|e| KeyError::Random(e.to_string()))?;
            let signing = ed25519_dalek::SigningKey::from_bytes(&seed);
            let public = signing.verifying_key().to_bytes();
            let blob = ed25519_blob(&public);
            // openssh-key-v1, unencrypted: one key, its private section padded to 8.
            let mut private = Vec::new();
            private.extend_from_slice(&check);
            private.extend_from_slice(&check);
            put_string(&mut private, b"ssh-ed25519");
            put_string(&mut private, &public);
            let mut secret = seed.to_vec();
            secret.extend_from_slice(&public);
            put_string(&mut private, &secret);
            put_string(&mut private, b"");
            let mut pad = 1u8;
            while private.len() % 8 != 0 {
                private.push(pad);
                pad += 1;
            }
            let mut file = b"openssh-key-v1\0".to_vec();
            put_string(&mut file, b"none");
            put_string(&mut file, b"none");
            put_string(&mut file, b"");
            file.extend_from_slice(&1u32.to_be_bytes());
            put_string(&mut file, &blob);
            put_string(&mut file, &private);
            Ok(Made {
                private_key: armour("OPENSSH PRIVATE KEY", &file, 70),
                public_key: format!("ssh-ed25519 {}", STANDARD.encode(&blob)),
                fingerprint: STANDARD.encode(Sha256::digest(&blob)),
            })
        }
    }
}

/// Reads one length-prefixed field of an SSH blob.
fn take<'a>(blob: &mut &'a [u8]) -> Option<&'a [u8]> {
    let (len, rest) = blob.split_first_chunk::<4>()?;
    let len = u32::from_be_bytes(*len) as usize;
    let field = rest.get(..len)?;
    *blob = rest.get(len..)?;
    Some(field)
}

/// An OpenSSH public key line (`ssh-rsa AAAA… comment`), checked: RSA of 1024
/// to 4096 bits or Ed25519, as AWS takes them. None: not such a key.
pub fn import(material: &[u8]) -> Option<Imported> {
    let text = std::str::from_utf8(material).ok()?.trim();
    let mut words = text.split_whitespace();
    let kind = words.next()?;
    let blob = STANDARD.decode(words.next()?).ok()?;
    let mut rest: &[u8] = &blob;
    if take(&mut rest)? != kind.as_bytes() {
        return None;
    }
    let (key_type, fingerprint) = match kind {
        "ssh-rsa" => {
            let e = take(&mut rest)?;
            let n = take(&mut rest)?;
            let bits = n.iter().skip_while(|b| **b == 0).count() * 8;
            if e.is_empty() || !(1024..=4096 + 8).contains(&bits) || !rest.is_empty() {
                return None;
            }
            (KeyType::Rsa, colon_hex(&Md5::digest(&blob)))
        }
        "ssh-ed25519" => {
            let public: [u8; 32] = take(&mut rest)?.try_into().ok()?;
            if !rest.is_empty() || ed25519_dalek::VerifyingKey::from_bytes(&public).is_err() {
                return None;
            }
            (KeyType::Ed25519, STANDARD.encode(Sha256::digest(&blob)))
        }
        _ => return None,
    };
    Some(Imported { key_type, public_key: format!("{kind} {}", STANDARD.encode(&blob)), fingerprint })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_keys_import_back_with_their_public_key() {
        for t in [KeyType::Ed25519, KeyType::Rsa] {
            let made = make(t).unwrap();
            let back = import(made.public_key.as_bytes()).unwrap();
            assert_eq!(back.key_type, t);
            assert_eq!(back.public_key, made.public_key);
        }
        assert!(import(b"ssh-rsa not-base64!").is_none());
        assert!(import(b"ssh-dss AAAAB3NzaC1kc3MAAACBAP").is_none());
        assert!(import("ssh-ed25519 ".as_bytes()).is_none());
    }
}
