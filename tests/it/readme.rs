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
