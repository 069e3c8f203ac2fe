//! Completions: the committed static scripts equal what the binary prints, and
//! live values come from the state file without ever creating or migrating it.
use crate::common;
use common::*;

#[test]
fn committed_completion_scripts_are_current() {
    let w = World::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = w.command().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let path = format!("{}/completions/amisim.{shell}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("AMISIM_BLESS").is_some() {
            std::fs::write(&path, &out.stdout).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == out.stdout,
            "{path} is stale: regenerate with `AMISIM_BLESS=1 cargo test --test it completions`"
        );
    }
    assert!(!w.path.exists(), "printing completions must not create a world");
}

/// Runs the binary as bash's completion function would.
fn complete(w: &World, words: &[&str], extra_env: &[(&str, &str)]) -> Vec<String> {
    let mut c = w.command();
    c.env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .env("_CLAP_IFS", "\n");
    for (k, v) in extra_env {
        c.env(k, v);
    }
    c.arg("--").args(words);
    let out = c.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).filter(|l| !l.is_empty()).collect()
}

#[test]
fn live_image_ids_for_the_account_and_region_in_effect() {
    let w = World::new();
    let mine = w.image("web", &[]);
    let eu = w.image("web-eu", &["--region", "eu-west-1"]);
    let got = complete(&w, &["amisim", "launch", "ami-"], &[]);
    assert!(got.contains(&mine), "{got:?}");
    assert!(!got.contains(&eu));
    assert_eq!(got.len(), 7, "mine + 6 public catalog images: {got:?}");
    let got = complete(&w, &["amisim", "launch", "--region", "eu-west-1", "ami-"], &[]);
    assert!(got.contains(&eu) && !got.contains(&mine), "{got:?}");
    // Another account does not see my private image.
    let got = complete(&w, &["amisim", "launch", "--account", PARTNER, "ami-"], &[]);
    assert!(!got.contains(&mine));
    let got = complete(&w, &["amisim", "describe", "--region", "eu"], &[]);
    assert!(got.iter().any(|c| c == "eu-west-1"), "{got:?}");
    let got = complete(&w, &["amisim", "share", &mine, "--add", ""], &[]);
    assert!(got.contains(&PARTNER.to_string()), "{got:?}");
}

#[test]
fn completion_never_creates_a_state_file() {
    let w = World::new();
    let got = complete(&w, &["amisim", "launch", "ami-"], &[]);
    assert!(got.is_empty());
    assert!(!w.path.exists());
}

#[test]
fn live_keys_products_snapshots_instances_and_files() {
    let w = World::new();
    w.ok(&["keys", "create", "--alias", "app"]);
    let id = w.image("web", &[]);
    let snap = w.snapshots_of(&id, &[])[0].clone();
    let inst = w.ok(&["launch", &id])["Instances"][0]["InstanceId"].as_str().unwrap().to_string();
    let got = complete(&w, &["amisim", "keys", "grant", ""], &[]);
    assert!(got.iter().any(|c| c == "alias/app") && got.iter().any(|c| c == "alias/aws/ebs"), "{got:?}");
    let got = complete(&w, &["amisim", "marketplace", "subscribe", ""], &[]);
    assert_eq!(got.iter().filter(|c| c.starts_with("prod-")).count(), 1, "{got:?}");
    assert_eq!(complete(&w, &["amisim", "snapshots", "delete", "snap-"], &[]), vec![snap]);
    assert_eq!(complete(&w, &["amisim", "instances", "stop", "i-"], &[]), vec![inst]);
    let got = complete(&w, &["amisim", "drill", "run", "examples/drills/f"], &[]);
    assert_eq!(got, vec!["examples/drills/failure.yaml".to_string()]);
}

/// The static bash script, sourced as README says, completes regions for
/// `--region` and `--source-region`, the user accounts for `--account` and
/// the output formats (issue 19 item 5), instead of file names.
#[test]
fn static_bash_completion_offers_regions_accounts_and_formats() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/amisim.bash");
    let complete = |words: &[&str]| {
        let (cur, prev) = (words[words.len() - 1], words[words.len() - 2]);
        let code = format!(
            "source {script}; COMP_WORDS=({}); COMP_CWORD={}; _amisim amisim '{cur}' '{prev}'; echo \"${{COMPREPLY[@]}}\"",
            words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" "),
            words.len() - 1
        );
        let out = std::process::Command::new("bash").args(["-c", &code]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert_eq!(complete(&["amisim", "describe", "--region", "eu-w"]), "eu-west-1 eu-west-2 eu-west-3");
    assert_eq!(complete(&["amisim", "copy", "--source-region", "us-e"]), "us-east-1 us-east-2");
    assert_eq!(complete(&["amisim", "describe", "--account", "2"]), "222233334444");
    assert_eq!(complete(&["amisim", "describe", "-o", "y"]), "yaml");
    // Filter names, as Name=KEY,Values= to go on from.
    let filters = complete(&["amisim", "describe", "--filter", ""]);
    assert!(filters.contains("Name=architecture,Values=") && filters.contains("Name=owner-alias,Values="), "{filters}");
}
