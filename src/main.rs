//! `amisim`: parse, run, exit code. The work lives in the library and in `cli`.

mod app;
mod bench;
mod cli;
mod drill;
mod output;
mod pipeline;
mod progress;
mod serve;
mod settings;
mod yaml;

fn main() {
    // A bug must still end as one line and exit 255, never a trace (README).
    // While serving, a panic is one request's 500: logged, and the server goes on.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        if serve::SERVING.load(std::sync::atomic::Ordering::SeqCst) {
            eprintln!("amisim serve: internal error{place}: {msg} (answered 500 InternalError; serving on)");
            return;
        }
        eprintln!("amisim: internal error{place}: {msg} (please report it; the state file was not changed by the failed command)");
        std::process::exit(255);
    }));
    cli::complete::handle();
    let code = app::run(std::env::args_os().collect());
    std::process::exit(code);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        // Fuzzing argument parsing: errors, never panics.
        #[test]
        fn argument_parsing_never_panics(args in prop::collection::vec(
            prop_oneof!["[a-z-]{0,12}", "--[a-z-]{1,16}", "ami-[0-9a-f]{0,17}", "\\PC{0,10}",
                prop::sample::select(vec!["create", "copy", "share", "launch", "describe", "--name", "--wait", "--", "-o", "json", "=", "--filter"]).prop_map(String::from)],
            0..8,
        )) {
            let argv = std::iter::once("amisim".to_string()).chain(args);
            let _ = <super::cli::Cli as clap::Parser>::try_parse_from(argv);
        }
    }

    /// Every command has a one-line summary; every leaf command shows examples in --help.
    #[test]
    fn every_command_documents_itself_with_examples() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for sub in cmd.get_subcommands() {
                let name = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() {
                    missing.push(format!("{name}: no summary"));
                }
                if sub.has_subcommands() {
                    walk(sub, &name, missing);
                } else if !sub.get_after_help().is_some_and(|h| h.to_string().contains("amisim ")) {
                    missing.push(format!("{name}: no examples"));
                }
                for arg in sub.get_arguments().filter(|a| !a.is_global_set() && a.get_id() != "help") {
                    if arg.get_help().is_none()
                        && arg.get_long().is_some()
                        && ![
                            "name",
                            "description",
                            "instance_type",
                            "architecture",
                            "tags",
                            "id",
                            "alias",
                            "grantee",
                            "product",
                            "key",
                            "by",
                            "waiter",
                            "shell",
                            "setting",
                            "action",
                            "price",
                            "encrypted",
                            "source_region",
                            "kms_key_id",
                            "images",
                            "accounts",
                            "regions",
                        ]
                        .contains(&arg.get_id().as_str())
                    {
                        missing.push(format!("{name} --{}: no help", arg.get_long().unwrap_or("")));
                    }
                }
            }
        }
        let mut missing = Vec::new();
        walk(&<super::cli::Cli as clap::CommandFactory>::command(), "amisim", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn the_command_line_definition_is_consistent() {
        <super::cli::Cli as clap::CommandFactory>::command().debug_assert();
    }
}
