//! JUnit XML for CI systems: a test suite per drill, a test case per step.

use super::DrillResult;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

pub fn render(drills: &[DrillResult]) -> String {
    let total: usize = drills.iter().map(|d| d.steps.len()).sum();
    let failures: usize = drills.iter().flat_map(|d| &d.steps).filter(|s| !s.passed).count();
    let mut out = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"amisim drills\" tests=\"{total}\" failures=\"{failures}\">\n");
    for d in drills {
        let f = d.steps.iter().filter(|s| !s.passed).count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{f}\" file=\"{}\">\n",
            escape(&d.name),
            d.steps.len(),
            escape(&d.file)
        ));
        for s in &d.steps {
            let name = escape(&format!("{:02}. {}", s.step, s.name));
            match &s.detail {
                Some(detail) if !s.passed => out.push_str(&format!(
                    "    <testcase classname=\"{}\" name=\"{name}\">\n      <failure message=\"{}\"/>\n    </testcase>\n",
                    escape(&d.name),
                    escape(detail)
                )),
                _ => out.push_str(&format!("    <testcase classname=\"{}\" name=\"{name}\"/>\n", escape(&d.name))),
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
