//! README honesty: every `$ amisim …` transcript in README.md runs, in order, on a
//! fresh world, and prints exactly what the README shows. `AMISIM_BLESS=1 cargo test
//! --test it readme` rewrites the outputs after an intended change.
use crate::common;

#[test]
fn readme_transcripts_are_real() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let bless = std::env::var_os("AMISIM_BLESS").is_some();
    let w = common::World::new();
    let run = |cmd: &str| {
        let words: Vec<&str> = cmd.split_whitespace().skip(1).collect();
        let out = w.command().args(&words).output().unwrap();
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    };
    let mut out = String::new();
    let mut in_console = false;
    let mut current: Option<(String, String)> = None;
    let mut checked = 0;
    let mut finish = |current: &mut Option<(String, String)>, out: &mut String| {
        if let Some((cmd, expected)) = current.take() {
            let got = run(&cmd);
            if bless {
                out.push_str(got.trim_end());
                out.push('\n');
            } else {
                assert_eq!(got.trim_end(), expected.trim_end(), "README transcript `{cmd}` differs");
            }
            checked += 1;
        }
    };
    for line in readme.lines() {
        if line.starts_with("```console") {
            in_console = true;
        } else if in_console && (line.starts_with("```") || line.starts_with("$ ")) {
            finish(&mut current, &mut out);
            if line.starts_with("```") {
                in_console = false;
            } else {
                current = Some((line[2..].to_string(), String::new()));
            }
        } else if let Some((_, expected)) = current.as_mut() {
            expected.push_str(line);
            expected.push('\n');
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    if bless {
        std::fs::write(path, out).unwrap();
    }
    assert!(checked >= 12, "found only {checked} transcripts");
}

/// The repository is self-contained (issue 19 item 2): README and every
/// `--help` point only at files the repository has, never at the design
/// documents amisim was built from.
#[test]
fn readme_and_help_refer_only_to_what_the_repository_has() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mut texts = vec![("README.md".to_string(), readme.clone())];
    let w = common::World::new();
    texts.extend(all_help(&w, None));
    assert!(texts.len() > 40, "walked only {} help texts", texts.len());
    for (name, text) in &texts {
        for foreign in ["semantics.md", "serve.md", "cli.md", "../shared", "spec/"] {
            assert!(!text.contains(foreign), "{name} refers to {foreign}");
        }
        // Rule IDs stay out of the help texts (docs/rules.md has them).
        if name.ends_with("--help") {
            let rule = text.match_indices("R-").find(|(i, _)| {
                let rest = &text[i + 2..];
                rest.split('-').next().is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
            });
            assert!(rule.is_none(), "{name} names a rule ID: {}", &text[rule.unwrap().0..]);
        }
    }
    // Every repository path README names exists.
    for word in readme.split(|c: char| c.is_whitespace() || "`()[],;".contains(c)) {
        let path = word.trim_end_matches(['.', ':']);
        let local = ["docs/", "examples/", "tests/clients/", "bench/", "completions/", ".ci/", "scripts/"];
        if local.iter().any(|p| path.starts_with(p)) && !path.contains('*') && !path.contains('…') {
            assert!(root.join(path).exists(), "README names {path}, which the repository does not have");
        }
    }
    assert!(readme.contains("docs/rules.md"));
}

/// `--help` of amisim and of every subcommand, walked from "Commands:".
fn all_help(w: &common::World, columns: Option<&str>) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    let mut commands: Vec<Vec<String>> = vec![vec![]];
    while let Some(path) = commands.pop() {
        let mut args = path.clone();
        args.push("--help".into());
        let mut cmd = w.command();
        if let Some(c) = columns {
            cmd.env("COLUMNS", c);
        }
        let out = cmd.args(&args).output().unwrap();
        let help = String::from_utf8_lossy(&out.stdout).to_string();
        if let Some(list) = help.split("\nCommands:\n").nth(1) {
            for line in list.lines().take_while(|l| l.starts_with("  ")) {
                let name = line.split_whitespace().next().unwrap_or_default();
                if !name.is_empty() && name != "help" && !line.starts_with("   ") {
                    let mut next = path.clone();
                    next.push(name.to_string());
                    commands.push(next);
                }
            }
        }
        texts.push((format!("amisim {} --help", path.join(" ")), help));
    }
    texts
}

/// Examples keep their indent at 80 columns: long ones continue with `\` on
/// an indented line instead of wrapping to the margin (issue 19 item 3), and
/// every help has its global options under their own heading.
#[test]
fn help_examples_fit_80_columns_and_global_options_have_a_heading() {
    let w = common::World::new();
    let texts = all_help(&w, Some("80"));
    for (name, help) in &texts {
        if let Some(examples) = help.split("\nExamples:\n").nth(1).or_else(|| help.split("\nExample:\n").nth(1)) {
            // The examples run to the first blank line; prose may follow.
            for line in examples.lines().take_while(|l| !l.is_empty()) {
                assert!(line.chars().count() <= 80, "{name}: an example line is longer than 80: {line}");
                assert!(line.starts_with("  "), "{name}: an example line lost its indent: {line}");
            }
        }
        if name != "amisim  --help" && help.contains("--state <PATH>") {
            assert!(help.contains("\nGlobal options:\n"), "{name} has no Global options heading");
        }
    }
}
