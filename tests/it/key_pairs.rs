//! Key pairs: real key material, AWS's fingerprints and refusals, per
//! account and region; RunInstances checks KeyName.
use crate::common;
use base64::Engine;
use common::serve::{ok, refused, Served};
use common::*;
use std::process::Command;

fn have_ssh_keygen() -> bool {
    Command::new("ssh-keygen").arg("-?").output().is_ok()
}

/// The public key ssh-keygen derives from a private key file.
fn public_of(dir: &std::path::Path, name: &str, private: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("{private}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = Command::new("ssh-keygen").arg("-y").arg("-f").arg(&path).output().unwrap();
    assert!(out.status.success(), "ssh-keygen -y: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn created_keys_are_real_and_described_as_aws_does() {
    let w = World::new();
    w.ok(&["init"]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let rsa = ok(c.call("CreateKeyPair", &[("KeyName", "builder")]));
    let material = rsa.text("keyMaterial").unwrap();
    assert!(material.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"), "{material}");
    let fingerprint = rsa.text("keyFingerprint").unwrap();
    assert_eq!(fingerprint.len(), 59, "SHA-1 as colon-separated hex: {fingerprint}");
    let ed = ok(c.call("CreateKeyPair", &[("KeyName", "edge"), ("KeyType", "ed25519")]));
    let ed_material = ed.text("keyMaterial").unwrap();
    assert!(ed_material.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
    let r = ok(c.call("DescribeKeyPairs", &[("IncludePublicKey", "true")]));
    assert_eq!(r.texts("keyName"), vec!["builder", "edge"]);
    assert_eq!(r.texts("keyType"), vec!["rsa", "ed25519"]);
    let publics = r.texts("publicKey");
    if have_ssh_keygen() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(public_of(dir.path(), "rsa.pem", &material), publics[0]);
        assert_eq!(public_of(dir.path(), "ed.pem", &ed_material), publics[1]);
        assert!(publics[0].starts_with("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"), "2048 bits: {}", publics[0]);
    } else {
        println!("skipped: ssh-keygen is missing, the key material is not checked by it");
    }
    // Filters, by name and by fingerprint.
    let r = ok(c.call("DescribeKeyPairs", &[("Filter.1.Name", "fingerprint"), ("Filter.1.Value.1", &fingerprint)]));
    assert_eq!(r.texts("keyName"), vec!["builder"]);
    assert!(r.text("publicKey").is_none(), "only when asked for");
    // Import the ed25519 public key under another name: the same fingerprint.
    let line = base64::engine::general_purpose::STANDARD.encode(&publics[1]);
    let r = ok(c.call("ImportKeyPair", &[("KeyName", "laptop"), ("PublicKeyMaterial", &line)]));
    assert_eq!(r.text("keyFingerprint"), ed.text("keyFingerprint"));

    // Refusals, each leaving the world as it was.
    let before = w.dump();
    let r = c.call("CreateKeyPair", &[("KeyName", "builder")]).unwrap();
    refused(&r, 400, "InvalidKeyPair.Duplicate");
    assert_eq!(r.text("Message").as_deref(), Some("The keypair 'builder' already exists."));
    let garbage = base64::engine::general_purpose::STANDARD.encode("ssh-rsa not-a-key");
    let r = c.call("ImportKeyPair", &[("KeyName", "bad"), ("PublicKeyMaterial", &garbage)]).unwrap();
    refused(&r, 400, "InvalidKeyPair.Format");
    assert_eq!(r.text("Message").as_deref(), Some("Key is not in valid OpenSSH public key format"));
    let r = c.call("DescribeKeyPairs", &[("KeyName.1", "nope")]).unwrap();
    refused(&r, 400, "InvalidKeyPair.NotFound");
    assert_eq!(r.text("Message").as_deref(), Some("The key pair 'nope' does not exist"));
    let r = c.call("CreateKeyPair", &[("KeyName", "x"), ("KeyType", "dsa")]).unwrap();
    refused(&r, 400, "InvalidParameterValue");
    let r = c.call("DeleteKeyPair", &[("KeyPairId", "key-0123456789abcdef0")]).unwrap();
    refused(&r, 400, "InvalidKeyPair.NotFound");
    let amazon = ok(c.call("DescribeImages", &[("Owner.1", "amazon")])).text("imageId").unwrap();
    let r = c
        .call("RunInstances", &[("ImageId", &amazon), ("MinCount", "1"), ("MaxCount", "1"), ("KeyName", "nope")])
        .unwrap();
    refused(&r, 400, "InvalidKeyPair.NotFound");
    assert_eq!(before, w.dump());

    // Each account and region has its own.
    let mut eu = s.client(&w, MAIN, "eu-west-1");
    assert!(ok(eu.call("DescribeKeyPairs", &[])).texts("keyName").is_empty());
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    assert!(ok(partner.call("DescribeKeyPairs", &[])).texts("keyName").is_empty());

    // Launch with one: recorded, shown, filterable.
    let r = ok(
        c.call("RunInstances", &[("ImageId", &amazon), ("MinCount", "1"), ("MaxCount", "1"), ("KeyName", "builder")])
    );
    let instance = r.text("instanceId").unwrap();
    assert_eq!(r.text("keyName").as_deref(), Some("builder"));
    let r = ok(c.call("DescribeInstances", &[("Filter.1.Name", "key-name"), ("Filter.1.Value.1", "builder")]));
    assert_eq!(r.texts("instanceId"), vec![instance]);

    // Deleting by a name that does not exist is no error, as on AWS.
    ok(c.call("DeleteKeyPair", &[("KeyName", "never-made")]));
    ok(c.call("DeleteKeyPair", &[("KeyName", "builder")]));
    // The CLI sees the same world.
    let v = w.ok(&["key-pairs", "list"]);
    let names: Vec<&str> = v["KeyPairs"].as_array().unwrap().iter().map(|k| k["KeyName"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["edge", "laptop"]);
    let e = w.refused(&["key-pairs", "create", "edge"], "InvalidKeyPair.Duplicate");
    assert!(e.contains("The keypair 'edge' already exists."), "{e}");
}
