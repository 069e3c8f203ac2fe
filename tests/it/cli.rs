//! README: exit codes, output formats, --query, dry run, audit events, the clock.
use crate::common;
use common::*;

#[test]
fn exit_codes_for_usage_configuration_and_service() {
    let w = World::new();
    assert_eq!(w.run(&["describe", "--no-such-flag"]).code, 252);
    assert_eq!(w.run(&["copy", "--name", "x"]).code, 252, "missing required flag");
    assert_eq!(w.run(&["frobnicate"]).code, 252);
    assert_eq!(w.run(&["--help"]).code, 0);
    assert_eq!(w.run(&["--version"]).code, 0);
    assert_eq!(w.run(&["describe", "--region", "xx-nowhere-1"]).code, 253);
    let r = w.command().env("AMISIM_OUTPUT", "xml").arg("clock").arg("show").output().unwrap();
    assert_eq!(r.status.code(), Some(253));
    assert_eq!(w.run(&["describe", "ami-x"]).code, 254);
    assert_eq!(w.run(&["describe", "--query", "Images[?"]).code, 252);
}

#[test]
fn output_formats_share_one_value() {
    let w = World::new();
    let id = w.image("web-v1", &[]);
    let run = |fmt: &str, extra: &[&str]| {
        let out = w.command().args(["-o", fmt, "describe", "--owners", "self"]).args(extra).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let json = run("json", &[]);
    assert!(json.contains("\"ImageId\": \"ami-"));
    let yaml = run("yaml", &[]);
    assert!(yaml.contains(&format!("ImageId: {id}")), "{yaml}");
    let text = run("text", &[]);
    assert!(text.starts_with(&format!("{id}\tweb-v1\tavailable\t111122223333")), "{text}");
    let table = run("table", &[]);
    assert!(table.contains("ImageId") && table.contains(&id) && table.contains("web-v1"), "{table}");
    assert_eq!(run("text", &["--query", "Images[].ImageId"]).trim(), id);
    assert_eq!(run("json", &["--query", "Images[0].Name"]).trim(), "\"web-v1\"");
    // Global options may come before or after the subcommand.
    let before = w.command().args(["--account", PARTNER, "-o", "json", "clock", "show"]).output().unwrap();
    assert!(before.status.success());
    // json is the default off a terminal.
    let out = w.command().args(["clock", "show"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("\"Now\""));
}

#[test]
fn r_dry_1_dry_run_checks_everything_and_changes_nothing() {
    let w = World::new();
    let id = w.image("web-v1", &[]);
    let err = w.refused(&["share", &id, "--add", PARTNER, "--dry-run"], "DryRunOperation");
    assert!(err.contains("Request would have succeeded, but DryRun flag is set"), "{err}");
    assert_eq!(w.ok(&["share", &id])["LaunchPermissions"], serde_json::json!([]));
    // …and answers the real error when the call would fail.
    w.refused(&["create", "--name", "web-v1", "--dry-run"], "InvalidAMIName.Duplicate");
    w.refused(&["launch", &id, "--account", PARTNER, "--dry-run"], "AuthFailure");
    w.refused(&["create", "--name", "new-one", "--dry-run"], "DryRunOperation");
    w.refused(&["describe", "--dry-run"], "DryRunOperation");
    let now = w.ok(&["clock", "show"])["Now"].clone();
    w.refused(&["clock", "advance", "1h", "--dry-run"], "DryRunOperation");
    assert_eq!(w.ok(&["clock", "show"])["Now"], now, "a dry run does not move the clock");
}

#[test]
fn r_evt_1_mutations_and_refusals_are_logged_reads_are_not() {
    let w = World::new();
    let id = w.image("web-v1", &[]);
    let n = w.events();
    w.ok(&["describe"]);
    w.ok(&["snapshots", "list"]);
    w.ok(&["share", &id]);
    assert_eq!(w.events(), n, "reads write nothing");
    w.ok(&["share", &id, "--add", PARTNER]);
    assert_eq!(w.events(), n + 1);
    w.refused(&["launch", &id, "--account", SANDBOX], "AuthFailure");
    assert_eq!(w.events(), n + 2, "a refused call appends an event");
    let conn = rusqlite::Connection::open(&w.path).unwrap();
    let (acct, op, outcome, code): (String, String, String, String) = conn
        .query_row("SELECT account_id, operation, outcome, error_code FROM events ORDER BY id DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!(
        (acct.as_str(), op.as_str(), outcome.as_str(), code.as_str()),
        (SANDBOX, "RunInstances", "error", "AuthFailure")
    );
}

#[test]
fn r_clk_1_and_2_virtual_clock_and_waiters() {
    let w = World::new();
    assert_eq!(w.ok(&["clock", "show"])["Now"], "2026-01-01T00:00:00.000Z");
    assert_eq!(w.ok(&["clock", "advance", "90m"])["Now"], "2026-01-01T01:30:00.000Z");
    assert_eq!(w.run(&["clock", "advance", "soon"]).code, 252);
    let id = w.id(&["create", "--name", "big", "--root-size", "500"], "ImageId");
    let r = w.run(&["wait", "image-available", &id, "--timeout", "1m"]);
    assert_eq!(r.code, 255);
    assert!(r.stderr.starts_with("Waiter ImageAvailable failed: Max attempts exceeded"), "{}", r.stderr);
    assert_eq!(w.ok(&["clock", "show"])["Now"], "2026-01-01T01:31:00.000Z", "the timeout moved the clock");
    assert_eq!(w.run(&["wait", "image-available", &id]).code, 0);
    assert_eq!(w.describe_one(&id, &[])["State"], "available");
    // --wait prints what the call returned and moves the clock.
    let v = w.ok(&["create", "--name", "quick", "--wait"]);
    assert!(v["ImageId"].as_str().unwrap().starts_with("ami-"));
    assert_eq!(w.describe_one(v["ImageId"].as_str().unwrap(), &[])["State"], "available");
}

#[test]
fn tags_on_images_snapshots_instances() {
    let w = World::new();
    let id = w.image("web", &[]);
    w.ok(&["tag", &id, "team=web", "stage=dev"]);
    w.ok(&["tag", &id, "--remove", "stage"]);
    assert_eq!(w.describe_one(&id, &[])["Tags"], serde_json::json!([{"Key": "team", "Value": "web"}]));
    let snap = w.snapshots_of(&id, &[])[0].clone();
    w.ok(&["tag", &snap, "x=y"]);
    w.refused(&["tag", &id, "aws:reserved=1"], "InvalidParameterValue");
    w.refused(&["tag", "vol-123", "a=b"], "InvalidParameterValue");
    w.refused(&["tag", "ami-00000000000000001", "a=b"], "InvalidAMIID.NotFound");
    w.refused(&["tag", &snap, "a=b", "--account", PARTNER], "AuthFailure");
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    // `amisim describe … | head -1`: once the reader is gone, amisim stops without a message.
    let w = World::new();
    w.image("pipe-v1", &[]);
    for fmt in ["json", "text", "table"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("amisim"))
            .env("AMISIM_STATE", &w.path)
            .args(["-o", fmt, "describe", "--owners", "self", "amazon"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{fmt}");
        assert_eq!(out.status.code(), Some(0), "{fmt}");
    }
}

/// `--dry-run` shows only on commands that change something (issue 19 item
/// 3); a read-only command still takes it, as AWS's Describe calls do.
#[test]
fn dry_run_shows_only_where_something_changes_r_dry_1() {
    let w = World::new();
    w.ok(&["init"]);
    let help = |args: &[&str]| {
        let out = w.command().args(args).arg("--help").output().unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    for read_only in [&["describe"][..], &["serve"], &["explain"], &["instances", "list"], &["key-pairs", "list"]] {
        assert!(!help(read_only).contains("--dry-run"), "{read_only:?} shows --dry-run");
    }
    for changes in [&["create"][..], &["copy"], &["instances", "stop"], &["key-pairs", "create"]] {
        assert!(help(changes).contains("--dry-run"), "{changes:?} hides --dry-run");
    }
    let e = w.refused(&["describe", "--dry-run"], "DryRunOperation");
    assert!(e.contains("Request would have succeeded, but DryRun flag is set."), "{e}");
}

/// Tables that fit without hiding (issue 19 item 4): at 80 columns no line is
/// longer, the columns that matter stay (Error for errors), what is left out
/// is named below the table, and a listing across regions has a Region column
/// in table and text; off a terminal without COLUMNS, every column shows.
#[test]
fn tables_fit_80_columns_and_say_what_they_leave_out() {
    let w = World::new();
    let id = w.image("fit-web", &[]);
    w.ok(&[
        "copy",
        "--source-image-id",
        &id,
        "--source-region",
        "us-east-1",
        "--region",
        "eu-west-1",
        "--name",
        "fit-web",
    ]);
    w.run(&["deregister", "ami-0123456789abcdef0"]);
    let at80 = |args: &[&str]| {
        let out = w.command().env("COLUMNS", "80").args(["-o", "table"]).args(args).output().unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let describe = at80(&["describe", "--owners", "self", "--all-regions"]);
    for line in describe.lines() {
        assert!(line.chars().count() <= 80, "longer than 80: {line}");
    }
    assert!(
        describe.contains("Region") && describe.contains("eu-west-1") && describe.contains("us-east-1"),
        "{describe}"
    );
    assert!(describe.contains("(left out at 80 columns: Arch, Public, Created)\n(every column: -o text"), "{describe}");
    let events = at80(&["events", "--outcome", "error"]);
    for line in events.lines() {
        assert!(line.chars().count() <= 80, "longer than 80: {line}");
    }
    assert!(events.contains("Error") && events.contains("InvalidAMIID.NotFound"), "{events}");
    // Text keeps every column, the Region among them.
    let text = w.run(&["-o", "text", "describe", "--owners", "self", "--all-regions"]).stdout;
    assert!(text.lines().all(|l| l.split('\t').nth(1).is_some_and(|r| r.ends_with("-1"))), "{text}");
    // Off a terminal, without COLUMNS: the full width, nothing left out.
    let out = w
        .command()
        .env_remove("COLUMNS")
        .args(["-o", "table", "describe", "--owners", "self", "--all-regions"])
        .output()
        .unwrap();
    let full = String::from_utf8_lossy(&out.stdout);
    assert!(full.contains("Created") && !full.contains("left out"), "{full}");
}
