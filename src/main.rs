//! `amisim`: parse, run, exit code. The work lives in the library and in `cli`.

mod bench;
mod cli;
mod drill;
mod output;
mod pipeline;
mod progress;
mod yaml;

fn main() {
    // A bug must still end as one line and exit 255, never a trace (cli.md).
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("amisim: internal error{place}: {msg} (please report it; the state file was not changed by the failed command)");
        std::process::exit(255);
    }));
    cli::complete::handle();
    let code = cli::run(std::env::args_os().collect());
    std::process::exit(code);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_definition_is_consistent() {
        <super::cli::Cli as clap::CommandFactory>::command().debug_assert();
    }
}
