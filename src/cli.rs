//! The `costar` command line: the operating contract's commands.

use std::{process::ExitCode, time::Duration};

use anyhow::Context;
use clap::{ArgGroup, Args, Parser, Subcommand};
use migration::{Migrator, MigratorTrait};

use api::{
    Application, auth::Authenticator, config::Config, graphql, seed, store, telemetry,
    tenancy::Role,
};
use costar_synthetic as synthetic;

#[derive(Parser)]
#[command(
    name = "costar",
    version,
    about = "The GraphQL API where councils share co-production practice"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database, then serve HTTP (the default).
    Serve,
    /// Apply pending migrations and exit.
    Migrate {
        #[command(subcommand)]
        action: Option<MigrateAction>,
    },
    /// Load data into the database.
    Seed(SeedArgs),
    /// Issue signed tokens.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Print the SDL of the schema.
    Schema,
}

/// `seed --demo`, or `seed --synthetic` with its sizes: one of the two.
#[derive(Args)]
#[command(group(ArgGroup::new("network").required(true).args(["demo", "synthetic"])))]
struct SeedArgs {
    /// Load the demo network (running it twice changes nothing).
    #[arg(long)]
    demo: bool,
    /// Generate a synthetic network for benchmarks (refused if one is loaded).
    #[arg(long, requires_all = ["organisations", "case_studies"])]
    synthetic: bool,
    /// How many organisations the synthetic network has.
    #[arg(long, requires = "synthetic", value_parser = clap::value_parser!(u32).range(1..=synthetic::MAX_ORGANISATIONS as i64))]
    organisations: Option<u32>,
    /// How many case studies it has (with one initiative per 10, one charter per 5
    /// initiatives, one peer review per 20).
    #[arg(long, requires = "synthetic", value_parser = clap::value_parser!(u32).range(0..=synthetic::MAX_CASE_STUDIES as i64))]
    case_studies: Option<u32>,
    /// The generator's seed: the same seed gives the same network.
    #[arg(long, requires = "synthetic", default_value_t = 1)]
    rng_seed: u64,
}

/// The network `seed` loads.
enum SeedNetwork {
    Demo,
    Synthetic(synthetic::Options),
}

impl SeedArgs {
    fn network(&self) -> anyhow::Result<SeedNetwork> {
        if !self.synthetic {
            return Ok(SeedNetwork::Demo);
        }
        // clap's `requires` has made sure both are there.
        match (self.organisations, self.case_studies) {
            (Some(organisations), Some(case_studies)) => {
                Ok(SeedNetwork::Synthetic(synthetic::Options {
                    organisations: organisations as usize,
                    case_studies: case_studies as usize,
                    rng_seed: self.rng_seed,
                }))
            }
            _ => anyhow::bail!("--synthetic needs --organisations and --case-studies"),
        }
    }
}

#[derive(Subcommand)]
enum MigrateAction {
    /// List migrations and whether each is applied.
    Status,
}

#[derive(Subcommand)]
enum TokenAction {
    /// Print a signed HS256 JWT for an organisation.
    Issue {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// A role to grant: VIEWER, EDITOR, ADMIN, SYNC or CURATOR (repeat for several).
        #[arg(long = "role", required = true, value_parser = parse_role)]
        roles: Vec<Role>,
        /// How long the token is valid: 90s, 30m, 12h or 7d.
        #[arg(long, default_value = "1h", value_parser = parse_ttl)]
        ttl: Duration,
        /// The token's subject: a person or a partner machine.
        #[arg(long, default_value = "costar-cli")]
        sub: String,
    },
}

fn parse_role(value: &str) -> Result<Role, String> {
    Role::parse(&value.to_uppercase()).ok_or_else(|| {
        format!("{value:?} is not a role: use VIEWER, EDITOR, ADMIN, SYNC or CURATOR")
    })
}

/// Reads durations like `90s`, `30m`, `12h`, `7d`.
fn parse_ttl(value: &str) -> Result<Duration, String> {
    let bad = || format!("{value:?} is not a duration: use a number with s, m, h or d (e.g. 1h)");
    let (number, unit) = value.split_at(value.len().saturating_sub(1));
    let n: u64 = number.parse().map_err(|_| bad())?;
    let seconds = match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        _ => return Err(bad()),
    };
    if seconds == 0 || seconds > 366 * 86_400 {
        return Err(format!(
            "{value:?}: a token lives between 1 second and a year"
        ));
    }
    Ok(Duration::from_secs(seconds))
}

/// Runs the command line; errors print as one line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let command = cli.command.unwrap_or(Command::Serve);
    if let Command::Schema = command {
        say(&graphql::sdl());
        return Ok(());
    }
    let config = Config::from_env()?;
    // Held until the command ends, so that buffered traces are flushed.
    let _telemetry = telemetry::init(config.log_format);
    match command {
        Command::Serve => serve(config).await,
        Command::Migrate { action: None } => {
            let db = store::connect(&config, Default::default()).await?;
            store::migrate(db.pool()).await?;
            say("migrations applied\n");
            Ok(())
        }
        Command::Migrate {
            action: Some(MigrateAction::Status),
        } => {
            let db = store::connect(&config, Default::default()).await?;
            let applied = Migrator::get_applied_migrations(db.pool())
                .await
                .context("reading applied migrations")?;
            let pending = Migrator::get_pending_migrations(db.pool())
                .await
                .context("reading pending migrations")?;
            for migration in applied {
                say(&format!("applied  {}\n", migration.name()));
            }
            for migration in pending {
                say(&format!("pending  {}\n", migration.name()));
            }
            Ok(())
        }
        Command::Seed(args) => {
            let network = args.network()?;
            let db = store::connect(&config, Default::default()).await?;
            store::migrate(db.pool()).await?;
            match network {
                SeedNetwork::Demo => {
                    let report = seed::demo(db.pool()).await?;
                    say(&format!(
                        "demo network loaded: {} records added ({report:?})\n",
                        report.total()
                    ));
                }
                SeedNetwork::Synthetic(options) => {
                    // One writer per core, as long as the pool has a connection for each.
                    let cores = std::thread::available_parallelism().map_or(1, usize::from);
                    let writers = cores.min(config.db_max_connections as usize);
                    let report = synthetic::load(db.pool(), options, writers).await?;
                    say(&format!("{report}\n"));
                }
            }
            Ok(())
        }
        Command::Token {
            action:
                TokenAction::Issue {
                    org,
                    roles,
                    ttl,
                    sub,
                },
        } => {
            let db = store::connect(&config, Default::default()).await?;
            store::migrate(db.pool()).await?;
            let auth = Authenticator::new(&config, db)?;
            auth.refresh_revocations()
                .await
                .context("reading the revoked tokens")?;
            let token = auth.issue(&org, &roles, &sub, ttl)?;
            // Refuse to sign for an organisation the server would refuse.
            auth.verify(&token)
                .await
                .map_err(|err| anyhow::anyhow!("--org {org}: {err}"))?;
            say(&format!("{token}\n"));
            Ok(())
        }
        Command::Schema => Ok(()),
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    if config.jwt_secret == api::config::JwtSecret::Development {
        tracing::warn!(
            "COSTAR_JWT_SECRET is not set: using the built-in development secret; set it in production"
        );
    }
    if api::auth::issues_development_tokens(&config) {
        tracing::warn!(
            "development tokens for any organisation are issued at POST /dev/token (the Explorer's sign-in) to callers on this machine"
        );
    }
    let embedded = config.is_embedded();
    let app = Application::build(config).await?;
    // The embedded database starts with something to explore; Postgres is
    // never seeded unasked.
    if embedded && seed::is_empty(app.db()).await? {
        let report = seed::demo(app.db()).await?;
        tracing::info!(
            records = report.total(),
            "empty embedded database: demo network loaded"
        );
    }
    tracing::info!(addr = %app.local_addr(), "listening; GraphiQL at http://{}/graphql", app.local_addr());
    app.run_until_stopped().await
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().write_all(text.as_bytes());
}
