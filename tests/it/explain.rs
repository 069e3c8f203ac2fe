//! `explain` agrees with what the operations do, for every account role and image setup.
use crate::common;
use common::*;

fn setups(w: &World) -> Vec<(&'static str, String)> {
    w.ok(&["keys", "create", "--alias", "team"]);
    let private = w.image("private", &[]);
    let shared = w.image("shared", &[]);
    w.ok(&["share", &shared, "--add", PARTNER]);
    let shared_snaps = w.image("shared-snaps", &[]);
    w.ok(&["share", &shared_snaps, "--add", PARTNER, "--with-snapshots"]);
    let enc_no_key = w.image("enc-no-key", &["--encrypted", "--kms-key-id", "alias/team"]);
    w.ok(&["share", &enc_no_key, "--add", PARTNER, "--with-snapshots"]);
    let enc_managed = w.image("enc-managed", &["--encrypted"]);
    let disabled = w.image("disabled", &[]);
    w.ok(&["disable", &disabled]);
    let pending = w.id(&["create", "--name", "pending"], "ImageId");
    vec![
        ("private", private),
        ("shared", shared),
        ("shared-snaps", shared_snaps),
        ("enc-no-key", enc_no_key),
        ("enc-managed", enc_managed),
        ("disabled", disabled),
        ("pending", pending),
        ("public", w.catalog("amazon", "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64", "us-east-1")),
        ("windows", w.catalog("amazon", "Windows_Server", "us-east-1")),
        ("marketplace", w.catalog("aws-marketplace", "acme", "us-east-1")),
    ]
}

#[test]
fn explain_verdict_agrees_with_the_operations() {
    let w = World::new();
    let mut cells = 0;
    for (setup, image) in setups(&w) {
        for account in [MAIN, PARTNER, SANDBOX] {
            for action in ["launch", "copy", "share"] {
                let v = w.ok(&["explain", &image, "--action", action, "--as", account]);
                let allowed = v["Allowed"].as_bool().unwrap();
                let args: Vec<String> = match action {
                    "launch" => vec!["launch".into(), image.clone()],
                    "copy" => vec![
                        "copy".into(),
                        "--source-image-id".into(),
                        image.clone(),
                        "--source-region".into(),
                        "us-east-1".into(),
                        "--name".into(),
                        "explained-copy".into(),
                    ],
                    _ => vec!["share".into(), image.clone(), "--add".into(), "444455556666".into()],
                };
                let mut full: Vec<&str> = args.iter().map(String::as_str).collect();
                full.extend(["--account", account, "--dry-run"]);
                let r = w.run(&full);
                let would_succeed = r.stderr.contains("(DryRunOperation)");
                // Launch without a usable key succeeds, but its instances terminate (R-SHR-7).
                let doomed =
                    v["Reasons"].as_array().unwrap().iter().any(|x| x["Code"] == "Client.InvalidKMSKey.InvalidState");
                assert_eq!(
                    allowed,
                    would_succeed && !doomed,
                    "{setup} / {account} / {action}: explain {v} vs operation {}",
                    r.stderr
                );
                if !allowed && !doomed {
                    let code = v["Reasons"][0]["Code"].as_str().unwrap();
                    assert!(
                        r.stderr.contains(&format!("({code})")),
                        "{setup} / {account} / {action}: first reason {code} vs {}",
                        r.stderr
                    );
                }
                cells += 1;
            }
        }
    }
    assert_eq!(cells, 90);
}

#[test]
fn explain_describe_agrees_with_describe_by_id() {
    let w = World::new();
    for (setup, image) in setups(&w) {
        for account in [MAIN, PARTNER, SANDBOX] {
            let v = w.ok(&["explain", &image, "--action", "describe", "--as", account]);
            let r = w.run(&["describe", &image, "--account", account]);
            assert_eq!(
                v["Allowed"].as_bool().unwrap(),
                r.code == 0,
                "{setup} / {account}: explain {v} vs describe {}",
                r.stderr
            );
        }
    }
}

#[test]
fn explain_gives_the_fixing_commands() {
    let w = World::new();
    let id = w.image("web", &[]);
    w.ok(&["share", &id, "--add", PARTNER]);
    let v = w.ok(&["explain", &id, "--action", "copy", "--as", PARTNER]);
    assert_eq!(v["Allowed"], false);
    let fix = v["Reasons"][0]["Fix"].as_str().unwrap();
    assert!(fix.starts_with("amisim snapshots share snap-") && fix.contains("--add 222233334444"), "{fix}");
    // Run the fix; now it is allowed.
    let words: Vec<&str> = fix.split_whitespace().skip(1).collect();
    w.ok(&words);
    assert_eq!(w.ok(&["explain", &id, "--action", "copy", "--as", PARTNER])["Allowed"], true);
    // -o text says the verdict first, then the reasons (issue 19 item 7).
    let text = w.run(&["-o", "text", "explain", &id, "--action", "copy", "--as", PARTNER]);
    assert!(text.stdout.starts_with("Allowed: true\n"), "{}", text.stdout);
    let text = w.run(&["-o", "text", "explain", &id, "--action", "copy", "--as", SANDBOX]);
    assert!(text.stdout.starts_with("Allowed: false\nAuthFailure\t"), "{}", text.stdout);
}

#[test]
fn explain_gives_one_command_when_a_copy_needs_launch_and_snapshot_permission() {
    // Issue 12 item 4: neither launch permission nor createVolumePermission
    // (R-CPY-5): the first fix is `share --with-snapshots`, which grants both (R-SHR-3).
    let w = World::new();
    let id = w.image("web", &[]);
    let v = w.ok(&["explain", &id, "--action", "copy", "--as", PARTNER]);
    assert_eq!(v["Allowed"], false);
    assert_eq!(v["Reasons"][0]["Code"], "AuthFailure");
    let fix = v["Reasons"][0]["Fix"].as_str().unwrap();
    // The owner and region are the defaults: the command needs no --account or --region (README).
    assert_eq!(fix, format!("amisim share {id} --add {PARTNER} --with-snapshots"));
    let words: Vec<&str> = fix.split_whitespace().skip(1).collect();
    w.ok(&words);
    assert_eq!(w.ok(&["explain", &id, "--action", "copy", "--as", PARTNER])["Allowed"], true);
    w.ok(&["copy", "--source-image-id", &id, "--source-region", "us-east-1", "--name", "theirs", "--account", PARTNER]);
    // Launching needs only launch permission: the plain share is the fix there.
    let v = w.ok(&["explain", &id, "--action", "launch", "--as", SANDBOX]);
    assert_eq!(v["Reasons"][0]["Fix"], format!("amisim share {id} --add {SANDBOX}"));
    // Under the aws/ebs key no share works (R-SHR-4): the fix says what does.
    let enc = w.image("enc", &["--encrypted"]);
    let v = w.ok(&["explain", &enc, "--action", "copy", "--as", PARTNER]);
    let fix = v["Reasons"][0]["Fix"].as_str().unwrap();
    assert!(fix.starts_with("amisim keys create --alias shared"), "{fix}");
}
