//! The permission matrix: (caller role) × (image setup) × (operation), each cell's
//! expected outcome from docs/rules.md. Every call is a dry run (R-DRY-1 checks every
//! rule), so cells do not disturb one another.
use crate::common;
use common::*;

const OPS: [&str; 6] = ["describe", "launch", "copy", "copy-x", "share", "deregister"];

fn run_op(w: &World, op: &str, image: &str, account: &str) -> String {
    let name = "matrix-copy";
    let args: Vec<&str> = match op {
        "describe" => vec!["describe", image],
        "launch" => vec!["launch", image],
        "copy" => vec!["copy", "--source-image-id", image, "--source-region", "us-east-1", "--name", name],
        "copy-x" => vec![
            "copy",
            "--source-image-id",
            image,
            "--source-region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "--name",
            name,
        ],
        "share" => vec!["share", image, "--add", "444455556666"],
        _ => vec!["deregister", image],
    };
    let mut full = args.clone();
    full.extend(["--account", account, "--dry-run"]);
    let r = w.run(&full);
    assert_eq!(r.code, 254, "{op} {image} as {account}: {}", r.stderr);
    let code = r.stderr.split(['(', ')']).nth(1).unwrap_or("").to_string();
    if code == "DryRunOperation" {
        "ok".into()
    } else {
        code
    }
}

#[test]
fn permission_matrix() {
    let w = World::new();
    w.ok(&["keys", "create", "--alias", "cmk"]);
    w.ok(&["keys", "create", "--alias", "ungranted"]);
    w.ok(&["accounts", "block-public-access", "off"]);
    let mk = |name: &str, extra: &[&str]| w.image(name, extra);
    let private = mk("private", &[]);
    let shared = mk("shared", &[]);
    w.ok(&["share", &shared, "--add", PARTNER]);
    let shared_snaps = mk("shared-snaps", &[]);
    w.ok(&["share", &shared_snaps, "--add", PARTNER, "--with-snapshots"]);
    let public = mk("public", &[]);
    w.ok(&["share", &public, "--public"]);
    let deprecated = mk("deprecated", &[]);
    w.ok(&["share", &deprecated, "--add", PARTNER, "--with-snapshots"]);
    w.ok(&["deprecate", &deprecated, "--in", "1h"]);
    let disabled = mk("disabled", &[]);
    w.ok(&["share", &disabled, "--add", PARTNER]);
    w.ok(&["disable", &disabled]);
    let managed = mk("managed-key", &["--encrypted"]);
    let cmk_nokey = mk("cmk-nokey", &["--encrypted", "--kms-key-id", "alias/ungranted"]);
    w.ok(&["share", &cmk_nokey, "--add", PARTNER, "--with-snapshots"]);
    let cmk_key = mk("cmk-key", &["--encrypted", "--kms-key-id", "alias/cmk"]);
    w.ok(&["share", &cmk_key, "--add", PARTNER, "--with-snapshots"]);
    w.ok(&["keys", "grant", "alias/cmk", "--grantee", PARTNER]);
    let windows = w.catalog("amazon", "Windows_Server", "us-east-1");
    w.ok(&["clock", "advance", "2h"]);

    let nf = "InvalidAMIID.NotFound";
    let un = "InvalidAMIID.Unavailable";
    let auth = "AuthFailure";
    let req = "InvalidRequest";
    // (image, caller, [describe, launch, copy, copy-x, share, deregister])
    let table: Vec<(&str, &String, &str, [&str; 6])> = vec![
        ("private", &private, MAIN, ["ok", "ok", "ok", "ok", "ok", "ok"]),
        ("private", &private, SANDBOX, [nf, auth, auth, auth, auth, auth]),
        ("shared", &shared, PARTNER, ["ok", "ok", req, req, auth, auth]),
        ("shared", &shared, SANDBOX, [nf, auth, auth, auth, auth, auth]),
        ("shared-snaps", &shared_snaps, PARTNER, ["ok", "ok", "ok", "ok", auth, auth]),
        ("public", &public, SANDBOX, ["ok", "ok", "ok", "ok", auth, auth]),
        ("public", &public, MAIN, ["ok", "ok", "ok", "ok", "ok", "ok"]),
        ("deprecated", &deprecated, PARTNER, ["ok", "ok", "ok", "ok", auth, auth]),
        ("deprecated", &deprecated, MAIN, ["ok", "ok", "ok", "ok", "ok", "ok"]),
        ("disabled", &disabled, MAIN, ["ok", un, un, un, un, "ok"]),
        ("disabled", &disabled, PARTNER, [nf, un, un, un, un, auth]),
        ("managed-key", &managed, MAIN, ["ok", "ok", "ok", "ok", "InvalidParameter", "ok"]),
        ("managed-key", &managed, SANDBOX, [nf, auth, auth, auth, auth, auth]),
        // Launch without the key "succeeds"; its instances terminate (R-SHR-7).
        ("cmk-nokey", &cmk_nokey, PARTNER, ["ok", "ok", req, req, auth, auth]),
        ("cmk-key", &cmk_key, PARTNER, ["ok", "ok", "ok", "ok", auth, auth]),
        ("windows", &windows, MAIN, ["ok", "ok", req, req, auth, auth]),
        ("windows", &windows, SANDBOX, ["ok", "ok", req, req, auth, auth]),
    ];
    let mut wrong = Vec::new();
    for (setup, image, caller, expected) in &table {
        for (op, want) in OPS.iter().zip(expected) {
            let got = run_op(&w, op, image, caller);
            if got != *want {
                wrong.push(format!("{setup} as {caller}, {op}: expected {want}, got {got}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} wrong cells:\n{}", wrong.len(), wrong.join("\n"));
}
