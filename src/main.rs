//! The `costar` binary: parses the command line and hands over to `api`.

fn main() -> std::process::ExitCode {
    api::cli::main()
}
