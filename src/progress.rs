//! Progress on stderr for work that takes a while — only on a terminal, never
//! with JSON or YAML output, never with NO_COLOR's cousin, a pipe.

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use std::collections::HashMap;
use std::io::IsTerminal;

pub fn enabled(machine_output: bool) -> bool {
    !machine_output && std::io::stderr().is_terminal() && std::env::var_os("AMISIM_NO_PROGRESS").is_none()
}

/// A bar with a known length, or nothing.
pub fn bar(len: u64, message: &str, on: bool) -> ProgressBar {
    if !on {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} {elapsed}") {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_message(message.to_string());
    pb
}

/// One spinner line per region, showing its latest action.
pub struct Regions {
    multi: Option<MultiProgress>,
    lines: HashMap<String, ProgressBar>,
}

impl Regions {
    pub fn new(on: bool) -> Regions {
        Regions { multi: on.then(MultiProgress::new), lines: HashMap::new() }
    }

    pub fn update(&mut self, region: &str, message: &str) {
        let Some(multi) = &self.multi else { return };
        let pb = self.lines.entry(region.to_string()).or_insert_with(|| {
            let pb = multi.add(ProgressBar::new_spinner());
            if let Ok(style) = ProgressStyle::with_template("{spinner} {prefix:<15} {pos:>3} {msg}") {
                pb.set_style(style);
            }
            pb.set_prefix(region.to_string());
            pb
        });
        pb.inc(1);
        pb.set_message(message.to_string());
        pb.tick();
    }

    pub fn finish(&mut self) {
        for pb in self.lines.values() {
            pb.finish_with_message("done");
        }
        if let Some(m) = &self.multi {
            let _ = m.clear();
        }
    }
}
