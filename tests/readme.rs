//! README honesty: every `$ amisim …` transcript in README.md runs, in order, on a
//! fresh world, and prints exactly what the README shows.
mod common;

#[test]
fn readme_transcripts_are_real() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let w = common::World::new();
    let mut in_console = false;
    let mut current: Option<(String, String)> = None;
    let mut checked = 0;
    let mut check = |cmd: &str, expected: &str| {
        let words: Vec<&str> = cmd.split_whitespace().skip(1).collect();
        let out = w.command().args(&words).output().unwrap();
        let got = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert_eq!(got.trim_end(), expected.trim_end(), "README transcript `{cmd}` differs");
        checked += 1;
    };
    for line in readme.lines() {
        if line.starts_with("```console") {
            in_console = true;
            continue;
        }
        if !in_console {
            continue;
        }
        if line.starts_with("```") || line.starts_with("$ ") {
            if let Some((cmd, expected)) = current.take() {
                check(&cmd, &expected);
            }
            if line.starts_with("```") {
                in_console = false;
            } else {
                current = Some((line[2..].to_string(), String::new()));
            }
            continue;
        }
        if let Some((_, expected)) = current.as_mut() {
            expected.push_str(line);
            expected.push('\n');
        }
    }
    assert!(checked >= 7, "found only {checked} transcripts");
}
