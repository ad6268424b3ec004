//! The `costar` binary: its command line (`cli`) over the `api` server library.

mod cli;

/// A request allocates a few thousand small objects (rows, GraphQL values,
/// the JSON answer) and frees them all at its end; glibc's allocator spent
/// a sixth of the server's time on that, mimalloc half as much.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
