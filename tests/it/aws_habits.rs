//! The CLI meets AWS CLI habits (issue 12): what an AWS user types without
//! thinking works, and what cannot work says exactly what is wrong. Each test
//! runs the binary and checks the exact output, the exit code and that a
//! refusal changed nothing.
use crate::common;
use common::*;
use serde_json::json;

const AL2023: &str = "al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64";

/// stderr of a refused command line: exit code, nothing on stdout, the world unchanged.
fn refused_with(w: &World, args: &[&str], exit: i32) -> String {
    let before = w.dump();
    let r = w.run(args);
    assert_eq!(r.code, exit, "amisim {args:?}: {}{}", r.stdout, r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert_eq!(before, w.dump(), "amisim {args:?} changed the world");
    r.stderr.trim_end().to_string()
}

#[test]
fn several_filters_after_one_flag_and_aws_flag_spellings() {
    // Item 1.
    let w = World::new();
    let web = w.image("web", &[]);
    let two = w.ok(&[
        "describe",
        "--filters",
        "Name=state,Values=available",
        "Name=is-public,Values=false",
        "--query",
        "Images[].ImageId",
    ]);
    assert_eq!(two, json!([web]), "two filters: available and private");
    let public = w.ok(&["describe", "--filter", "Name=state,Values=available", "Name=is-public,Values=true"]);
    assert!(public["Images"].as_array().unwrap().iter().all(|i| i["Public"] == true && i["ImageId"] != web.as_str()));
    // The same as two repeated flags.
    let repeated =
        w.ok(&["describe", "--filter", "Name=state,Values=available", "--filter", "Name=is-public,Values=true"]);
    assert_eq!(public, repeated);
    let al = w.catalog("amazon", AL2023, "us-east-1");
    let ids = w.ok(&["describe", "--image-ids", &web, &al, "--query", "sort(Images[].ImageId)"]);
    let mut both = [web.clone(), al.clone()];
    both.sort();
    assert_eq!(ids, json!(both));
    assert_eq!(w.ok(&["describe", &web, "--query", "Images[].ImageId"]), json!([web]), "positional IDs still work");
    let run = w.ok(&["launch", "--image-id", &web, "--instance-count", "2", "--query", "Instances[].ImageId"]);
    assert_eq!(run, json!([web, web]));
    assert_eq!(w.ok(&["launch", &web, "--count", "3", "--query", "length(Instances)"]), 3);
    let copy = w.id(
        &["copy", "--source-image-id", &web, "--source-region", "us-east-1", "--name", "web-2", "--no-encrypted"],
        "ImageId",
    );
    assert_eq!(w.describe_one(&copy, &[])["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], false);
}

#[test]
fn jmespath_bare_words_in_backticks_are_strings_as_in_the_aws_cli() {
    // Item 2.
    let w = World::new();
    let web = w.image("web", &[]);
    let by_name = w.ok(&["describe", "--owners", "self", "--query", "Images[?Name==`web`].ImageId"]);
    assert_eq!(by_name, json!([web]));
    // JSON literals keep their meaning; a quoted JSON string is the same string.
    assert_eq!(w.ok(&["describe", "--owners", "self", "--query", "Images[?Name==`\"web\"`].ImageId"]), json!([web]));
    assert_eq!(w.ok(&["describe", "--owners", "self", "--query", "Images[?Public==`false`] | length(@)"]), 1);
    assert_eq!(w.ok(&["describe", "--owners", "self", "--query", "Images[?Name==`nope`] | length(@)"]), 0);
    let text = w
        .command()
        .args(["-o", "text", "describe", "--owners", "self", "--query", "Images[?Architecture==`x86_64`].Name"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&text.stdout), "web\n");
    // A literal that is not closed is still a usage error, quoting what was typed.
    let e = refused_with(&w, &["describe", "--query", "Images[?Name==`web"], 252);
    assert!(
        e.starts_with("amisim: Bad value for --query Images[?Name==`web: Parse error: Unclosed ` delimiter"),
        "{e}"
    );
}

#[test]
fn messages_say_what_is_wrong() {
    // Item 3.
    let w = World::new();
    w.ok(&["init"]);
    let e = refused_with(&w, &["describe", "--filter", "state=available"], 254);
    assert_eq!(
        e,
        "An error occurred (InvalidParameterValue) when calling the DescribeImages operation: The filter 'state=available' is invalid\nhint: expected Name=KEY,Values=V1,V2 (for example Name=state,Values=available)"
    );
    let e = refused_with(&w, &["describe", "--filter", "Name=state"], 254);
    assert_eq!(
        e,
        "An error occurred (InvalidParameterValue) when calling the DescribeImages operation: The filter 'state' is invalid\nhint: it has no values: expected Name=KEY,Values=V1,V2 (Name=state,Values=…)"
    );
    let e = refused_with(&w, &["snapshots", "list", "--filter", "Name=colour,Values=red"], 254);
    assert_eq!(
        e,
        "An error occurred (InvalidParameterValue) when calling the DescribeSnapshots operation: The filter 'colour' is invalid\nhint: the filters here are description, encrypted, owner-alias, owner-id, progress, snapshot-id, start-time, status, storage-tier, tag-key, transfer-type, volume-id, volume-size, tag:KEY"
    );
    let e = refused_with(&w, &["describe", "ami-0123"], 254);
    assert_eq!(
        e,
        "An error occurred (InvalidAMIID.Malformed) when calling the DescribeImages operation: Invalid id: \"ami-0123\" (expecting \"ami-...\")\nhint: ami- must be followed by 17 lowercase hex digits (or 8, in older IDs); this one has 4"
    );
    let e = refused_with(&w, &["launch", "i-0123456789abcdef0"], 254);
    assert_eq!(
        e,
        "An error occurred (InvalidAMIID.Malformed) when calling the RunInstances operation: Invalid id: \"i-0123456789abcdef0\" (expecting \"ami-...\")\nhint: that is an instance ID; an image ID is ami- and 17 lowercase hex digits (or 8, in older IDs)"
    );
    let e = refused_with(&w, &["snapshots", "delete", "ami-0123456789abcdef0"], 254);
    assert!(e.ends_with("(expecting \"snap-...\")\nhint: that is an image ID; a snapshot ID is snap- and 17 lowercase hex digits (or 8, in older IDs)"), "{e}");
    let e = refused_with(&w, &["describe", "ami-0123456789ABCDEF0"], 254);
    assert!(e.ends_with("; 'A' is not one"), "{e}");
    let e = refused_with(&w, &["describe", "--region", "us-est-1"], 253);
    assert_eq!(e, "amisim: Invalid region: us-est-1 (the closest region is us-east-1; every region: amisim regions)");
    let e = refused_with(
        &w,
        &["copy", "--source-image-id", "ami-0123456789abcdef0", "--source-region", "eu-wset-1", "--name", "abc"],
        253,
    );
    assert_eq!(e, "amisim: Invalid region: eu-wset-1 (the closest region is eu-west-1; every region: amisim regions)");
    assert!(w.ok(&["regions", "--query", "Regions[].RegionName"]).as_array().unwrap().contains(&json!("eu-west-1")));
    let e = refused_with(&w, &["clock", "advance", "-1h"], 252);
    assert!(
        e.starts_with("error: invalid value '-1h' for '<DURATION>': durations are positive: 1h, not -1h (the virtual clock only moves forward)"),
        "{e}"
    );
    assert!(!e.contains("-- -1"), "no clap hint about '-- -1': {e}");
    let e = refused_with(&w, &["deprecate", "ami-0123456789abcdef0", "--in", "-2d"], 252);
    assert!(e.contains("durations are positive: 2d, not -2d"), "{e}");
    // Every flag in --help has a description (the unit test walks them all); launch --tag here.
    let help = w.command().args(["launch", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let tag = help.lines().find(|l| l.trim_start().starts_with("--tag <KEY=VALUE>")).unwrap();
    assert!(tag.split("<KEY=VALUE>").nth(1).unwrap().trim().len() > 10, "{tag}");
}

#[test]
fn usage_lines_do_not_show_flags_the_environment_set() {
    // Item 5: with AMISIM_STATE (and the other variables) set, a usage error
    // does not show --state <PATH> as if it were required.
    let w = World::new();
    let out = w
        .command()
        .env("AMISIM_ACCOUNT", PARTNER)
        .env("AMISIM_REGION", "eu-west-1")
        .args(["copy", "--name", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(252));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let usage = stderr.lines().find(|l| l.starts_with("Usage:")).unwrap();
    assert_eq!(usage, "Usage: amisim copy --source-image-id <AMI> --source-region <REGION> --name <NAME>");
    let out = w.command().arg("launch").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Usage: amisim launch <AMI|--image-id <AMI>>\n"), "{stderr}");
    // The variables still choose the caller, region and file.
    let out = w
        .command()
        .env("AMISIM_ACCOUNT", PARTNER)
        .env("AMISIM_REGION", "eu-west-1")
        .args(["-o", "json", "create", "--name", "env-made"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mine = w.ok(&[
        "describe",
        "--owners",
        "self",
        "--account",
        PARTNER,
        "--region",
        "eu-west-1",
        "--query",
        "Images[].Name",
    ]);
    assert_eq!(mine, json!(["env-made"]));
    // A global option given twice: the last one counts, as in the AWS CLI.
    let out = w
        .command()
        .args(["-o", "json", "--region", "us-east-2", "clock", "show", "-o", "text", "--region", "eu-west-1"])
        .output()
        .unwrap();
    assert_eq!((out.status.code(), String::from_utf8_lossy(&out.stdout).trim()), (Some(0), "2026-01-01T00:00:00.000Z"));
    // An empty variable is no choice at all.
    let out = w.command().env("AMISIM_REGION", "").args(["-o", "json", "clock", "show"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_malformed_name_is_refused_before_the_source_is_looked_at_as_aws_validates_parameters_first() {
    // Item 9: AMI names are checked with the request's other parameters, before
    // the source image is looked up or its permissions read, as AWS does; a
    // well-formed name that is taken is found only after the permission check.
    let w = World::new();
    let private = w.image("private", &[]);
    let e = w.refused(
        &["copy", "--source-image-id", &private, "--source-region", "us-east-1", "--name", "x!", "--account", PARTNER],
        "InvalidAMIName.Malformed",
    );
    assert!(e.contains("AMI names must be between 3 and 128 characters long"), "{e}");
    w.refused(
        &["copy", "--source-image-id", "ami-0123456789abcdef0", "--source-region", "us-east-1", "--name", "x!"],
        "InvalidAMIName.Malformed",
    );
    // A name taken in PARTNER's account: permission comes first, then the name.
    w.ok(&["create", "--name", "taken", "--account", PARTNER]);
    let copy_as_taken = [
        "copy",
        "--source-image-id",
        &private,
        "--source-region",
        "us-east-1",
        "--name",
        "taken",
        "--account",
        PARTNER,
    ];
    w.refused(&copy_as_taken, "AuthFailure");
    w.ok(&["share", &private, "--add", PARTNER, "--with-snapshots"]);
    w.refused(&copy_as_taken, "InvalidAMIName.Duplicate");
    // The same order through CreateImage: the name before the instance.
    w.refused(&["create", "--instance-id", "i-0123456789abcdef0", "--name", "x!"], "InvalidAMIName.Malformed");
    w.refused(&["create", "--instance-id", "i-0123456789abcdef0", "--name", "fine"], "InvalidInstanceID.NotFound");
}
