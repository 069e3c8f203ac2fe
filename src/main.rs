//! `amisim`: parse, run, exit code. The work lives in the library and in `cli`.

mod cli;
mod output;
mod yaml;

fn main() {
    cli::complete::handle();
    let code = cli::run(std::env::args_os().collect());
    std::process::exit(code);
}
