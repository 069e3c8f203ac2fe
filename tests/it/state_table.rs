//! docs/rules.md section 3: state before permission, for every command.
use crate::common;
use common::*;

/// An image of MAIN in each state: pending, available, failed, disabled, deregistered.
fn images(w: &World) -> [(String, &'static str); 5] {
    let available = w.image("available", &[]);
    let failed = w.id(
        &[
            "copy",
            "--source-image-id",
            &available,
            "--source-region",
            "us-east-1",
            "--name",
            "failed",
            "--inject-failure",
        ],
        "ImageId",
    );
    let disabled = w.image("disabled", &[]);
    let gone = w.image("gone", &[]);
    // The waiter reports the failure (R-CLK-2) and the copy settles as failed.
    let r = w.run(&["wait", "image-available", &failed]);
    assert_eq!(r.code, 255);
    assert!(r.stderr.starts_with("Waiter ImageAvailable failed:"), "{}", r.stderr);
    w.ok(&["disable", &disabled]);
    w.ok(&["deregister", &gone]);
    let pending = w.id(&["create", "--name", "pending"], "ImageId");
    [(pending, "pending"), (available, "available"), (failed, "failed"), (disabled, "disabled"), (gone, "deregistered")]
}

#[test]
fn section_3_state_before_permission() {
    let w = World::new();
    let list = images(&w);
    for (id, state) in &list {
        let describe_owner = w.run(&["describe", id]);
        let unavailable = "InvalidAMIID.Unavailable";
        match *state {
            "deregistered" => {
                // R-ID-2: an empty list for an hour, NotFound for everything else.
                assert_eq!(w.ok(&["describe", id])["Images"], serde_json::json!([]));
                for args in [
                    vec!["launch", id],
                    vec!["share", id, "--add", PARTNER],
                    vec!["deregister", id],
                    vec!["protect", id],
                ] {
                    w.refused(&args, "InvalidAMIID.NotFound");
                }
                w.refused(
                    &["copy", "--source-image-id", id, "--source-region", "us-east-1", "--name", "zzz"],
                    "InvalidAMIID.NotFound",
                );
                continue;
            }
            "disabled" => {
                // owner only, with --include-disabled or by ID
                assert_eq!(describe_owner.code, 0);
                assert!(!w.ok(&["describe", "--owners", "self"]).to_string().contains(id.as_str()));
                assert!(w
                    .ok(&["describe", "--owners", "self", "--include-disabled"])
                    .to_string()
                    .contains(id.as_str()));
                w.refused(&["describe", id, "--account", PARTNER], "InvalidAMIID.NotFound");
                w.refused(&["deprecate", id, "--in", "1d"], unavailable);
                w.refused(&["protect", id], unavailable);
            }
            "failed" => {
                assert_eq!(describe_owner.json()["Images"][0]["State"], "failed");
                w.refused(&["describe", id, "--account", PARTNER], "InvalidAMIID.NotFound");
            }
            _ => assert_eq!(describe_owner.json()["Images"][0]["State"], *state),
        }
        if *state == "available" {
            w.ok(&["launch", id]);
            w.ok(&["share", id, "--add", PARTNER]);
            // Permission comes after state: a stranger gets AuthFailure.
            w.refused(&["launch", id, "--account", SANDBOX], "AuthFailure");
            w.refused(&["share", id, "--add", SANDBOX, "--account", PARTNER], "AuthFailure");
            w.refused(&["deregister", id, "--account", PARTNER], "AuthFailure");
            w.refused(&["deprecate", id, "--in", "1d", "--account", PARTNER], "AuthFailure");
            w.refused(&["protect", id, "--account", PARTNER], "AuthFailure");
            w.refused(&["disable", id, "--account", PARTNER], "AuthFailure");
            w.refused(&["tag", id, "a=b", "--account", PARTNER], "AuthFailure");
            continue;
        }
        // pending, failed, disabled: launch, copy and share are Unavailable — for the owner
        // and, state coming before permission, for anyone else too.
        for account in [MAIN, SANDBOX] {
            w.refused(&["launch", id, "--account", account], unavailable);
            w.refused(
                &[
                    "copy",
                    "--source-image-id",
                    id,
                    "--source-region",
                    "us-east-1",
                    "--name",
                    "zzz",
                    "--account",
                    account,
                ],
                unavailable,
            );
            w.refused(&["share", id, "--add", PARTNER, "--account", account], unavailable);
        }
        if *state != "disabled" {
            w.ok(&["protect", id]);
            w.ok(&["protect", id, "--off"]);
            w.ok(&["deprecate", id, "--in", "1d"]);
        }
        w.ok(&["deregister", id]);
    }
}
