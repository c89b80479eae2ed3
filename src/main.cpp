// The `filet` command line: serve, migrate, demo, user, backup, hsds, postal, key, retention, survey,
// version.
// Every command that touches data takes the same --db; flags may also come from FILET_* variables.
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "app/application.hpp"
#include "app/key_rotation.hpp"
#include "app/retention_job.hpp"
#include "app/survey_commands.hpp"
#include "auth/two_factor_service.hpp"
#include "common/secret_box.hpp"
#include "core/user_service.hpp"
#include "db/migrations.hpp"
#include "db/sqlite/sqlite_connection.hpp"
#include "demo/demo_network.hpp"
#include "directory/hsds_export.hpp"
#include "directory/hsds_files.hpp"
#include "directory/postal_area_service.hpp"
#include "files/file_store.hpp"

using namespace filet;

namespace {

int report(const Error& error, std::string_view what) {
  std::cerr << "filet " << what << ": " << error_info(error.code).message_fr << " / "
            << error_info(error.code).message_en << "\n";
  if (!error.detail.empty()) std::cerr << "  " << error.detail << "\n";
  for (const auto& field : error.fields) {
    auto message = field_message(field);
    std::cerr << "  " << message.fr << " / " << message.en << "\n";
  }
  return error.code == ErrorCode::unavailable ? 3 : 1;
}

std::string read_password() {
  std::string password;
  if (isatty(0)) std::cerr << "Mot de passe / Password (12-128): ";
  std::getline(std::cin, password);
  return password;
}

// Creates the folder of a SQLite file, so that the default sqlite:data/filet.db just works.
void prepare_sqlite_folder(const std::string& url) {
  if (!url.starts_with("sqlite:")) return;
  std::filesystem::path parent = std::filesystem::path(url.substr(7)).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "filet: libsodium could not start\n";
    return 3;
  }
  CLI::App cli{"Filet — plateforme des réseaux locaux de soutien aux familles / family-support network platform"};
  cli.require_subcommand(1);
  std::string db_url = "sqlite:data/filet.db";
  auto add_db = [&](CLI::App* command) {
    command->add_option("--db", db_url, "sqlite:PATH or postgresql://… URL")
        ->envname("FILET_DB")
        ->capture_default_str();
  };

  std::string key_file = "data/filet.key";
  auto add_key_file = [&](CLI::App* command) {
    command
        ->add_option(
            "--key-file", key_file,
            "Master key that seals secrets at rest (created, mode 600, if absent; refused if others can read it)")
        ->envname("FILET_KEY_FILE")
        ->capture_default_str();
  };

  app::ServeOptions serve_options;
  std::string two_factor_rule = "admins";
  std::string listen = "127.0.0.1:8080";
  std::string files_dir;
  auto add_files_dir = [&](CLI::App* command) {
    command
        ->add_option("--files-dir", files_dir,
                     "Folder of the file store (programs' materials); default: files/ beside a SQLite database, "
                     "else data/files")
        ->envname("FILET_FILES_DIR");
  };

  auto* serve = cli.add_subcommand("serve", "Start the web server");
  add_db(serve);
  add_files_dir(serve);
  serve->add_option("--listen", listen, "HOST:PORT")->envname("FILET_LISTEN")->capture_default_str();
  serve->add_option("--web", serve_options.web_dir, "Folder of the built web app")->envname("FILET_WEB");
  serve->add_option("--threads", serve_options.http.threads, "Request threads")->envname("FILET_THREADS");
  serve->add_option("--pool-size", serve_options.pool_size, "Database connections")->envname("FILET_POOL_SIZE");
  serve
      ->add_flag("--trust-proxy", serve_options.http.trust_proxy,
                 "Trust X-Forwarded-Proto/For from a reverse proxy (Secure cookies over TLS)")
      ->envname("FILET_TRUST_PROXY");
  serve
      ->add_option("--proxy-hops", serve_options.http.proxy_hops,
                   "With --trust-proxy: how many proxies append to X-Forwarded-For (the client is the "
                   "address the outermost one appended)")
      ->envname("FILET_PROXY_HOPS")
      ->check(CLI::Range(1, 10));
  serve->add_option("--workers", serve_options.http.workers, "Threads for password checks and imports")
      ->envname("FILET_WORKERS")
      ->check(CLI::Range(1, 64));
  serve->add_option("--max-connections", serve_options.http.max_connections, "Open connections at most")
      ->envname("FILET_MAX_CONNECTIONS")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  serve
      ->add_option("--max-connections-per-address", serve_options.http.max_connections_per_address,
                   "Open connections at most from one address (not applied with --trust-proxy)")
      ->envname("FILET_MAX_CONNECTIONS_PER_ADDRESS")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  serve
      ->add_option("--metrics-token", serve_options.metrics_token,
                   "Lets other machines than this one read /metrics with Authorization: Bearer TOKEN")
      ->envname("FILET_METRICS_TOKEN");
  add_key_file(serve);
  serve
      ->add_option("--require-2fa-for", two_factor_rule,
                   "Who must sign in with a second factor: admins, identified-data (also whoever reads "
                   "identified family data) or everyone")
      ->envname("FILET_REQUIRE_2FA_FOR")
      ->check(CLI::IsMember({"admins", "identified-data", "everyone"}))
      ->capture_default_str();
  serve->add_flag("--hsds-public", serve_options.hsds_public, "Open the HSDS read API (/api/hsds) without sign-in")
      ->envname("FILET_HSDS_PUBLIC");
  serve
      ->add_option("--referral-overdue-days", serve_options.referral_overdue_days,
                   "Days after which a referral sent and not acknowledged is flagged overdue on both sides")
      ->envname("FILET_REFERRAL_OVERDUE_DAYS")
      ->check(CLI::Range(1, 365))
      ->capture_default_str();

  auto* migrate = cli.add_subcommand("migrate", "Apply database migrations");
  add_db(migrate);
  auto* demo = cli.add_subcommand("demo", "Fill an empty database with the demo network");
  add_db(demo);
  add_key_file(demo);
  add_files_dir(demo);

  auto* user = cli.add_subcommand("user", "Manage accounts (password read from standard input)");
  user->require_subcommand(1);
  std::string email, name, locale = "fr";
  bool admin = false;
  auto* user_add = user->add_subcommand("add", "Create an account");
  auto* user_passwd = user->add_subcommand("passwd", "Set an account's password");
  auto* user_disable = user->add_subcommand("disable", "Disable an account and end its sessions");
  auto* user_reset_2fa =
      user->add_subcommand("reset-2fa", "Turn off an account's two-step sign-in (lost phone); they enrol again");
  for (auto* command : {user_add, user_passwd, user_disable, user_reset_2fa}) {
    add_db(command);
    command->add_option("--email", email, "Email of the account")->required();
  }
  add_key_file(user_reset_2fa);
  user_add->add_option("--name", name, "Full name")->required();
  user_add->add_option("--locale", locale, "fr or en")->check(CLI::IsMember({"fr", "en"}));
  user_add->add_flag("--admin", admin, "Administrator of the deployment");

  std::string backup_to;
  auto* backup = cli.add_subcommand(
      "backup", "Online backup of a SQLite database to a file, and of the file store to the folder FILE.files");
  add_db(backup);
  add_files_dir(backup);
  backup->add_option("--to", backup_to, "Destination file")->required();

  auto* hsds = cli.add_subcommand("hsds", "Import or export the directory as HSDS 3.1 JSON");
  hsds->require_subcommand(1);
  std::string hsds_path, hsds_lang = "fr";
  bool strict = false;
  auto* hsds_import = hsds->add_subcommand("import", "Import HSDS JSON (a file, or a folder with services.json)");
  add_db(hsds_import);
  hsds_import->add_option("PATH", hsds_path, "File or folder")->required();
  hsds_import->add_flag("--strict", strict, "Import nothing if any record is rejected");
  bool allow_reassign = false;
  hsds_import->add_flag("--allow-reassign", allow_reassign,
                        "Let records move services to another organization or rewrite its locations (each listed)");
  hsds_import->add_option("--lang", hsds_lang, "Language of the HSDS text")->check(CLI::IsMember({"fr", "en"}));
  auto* hsds_export = hsds->add_subcommand("export", "Export the directory to a folder (HSDS JSON)");
  add_db(hsds_export);
  hsds_export->add_option("DIR", hsds_path, "Destination folder")->required();
  hsds_export->add_option("--lang", hsds_lang, "Language of the HSDS text")->check(CLI::IsMember({"fr", "en"}));

  auto* postal = cli.add_subcommand("postal", "Postal areas (forward sortation areas) used to sort by distance");
  postal->require_subcommand(1);
  std::string postal_path;
  auto* postal_import =
      postal->add_subcommand("import", "Load area centroids from a CSV (fsa, latitude, longitude); all or nothing");
  add_db(postal_import);
  postal_import->add_option("FILE", postal_path, "CSV file")->required()->check(CLI::ExistingFile);
  auto* key = cli.add_subcommand("key", "The master key file that seals secrets at rest");
  key->require_subcommand(1);
  auto* key_init = key->add_subcommand(
      "init",
      "Create the master key file (random, mode 600); refused if it exists. Back it up apart from the database");
  add_key_file(key_init);
  auto* key_rotate = key->add_subcommand(
      "rotate",
      "Replace the master key by a new one (server stopped): database copies made before open for nobody with it. "
      "Back the new key file up apart, and destroy the copies of the old one");
  add_key_file(key_rotate);
  add_db(key_rotate);
  auto* retention = cli.add_subcommand("retention", "Law 25: destroy the closed families whose retention has passed");
  retention->require_subcommand(1);
  auto* retention_run = retention->add_subcommand(
      "run", "Destroy now every closed family past its organization's retention (5 years after closing by default)");
  add_db(retention_run);
  cli.add_subcommand("version", "Print the version");
  auto* survey =
      cli.add_subcommand("survey", "Questionnaires: import an XLSForm, print a campaign's results or answers");
  survey->require_subcommand(1);
  app::SurveyImport survey_import;
  app::SurveyCampaignFile survey_file;
  auto* survey_xlsform = survey->add_subcommand("import-xlsform", "Import a questionnaire from an XLSForm (.xlsx)");
  survey_xlsform->add_option("FILE", survey_import.file, "The .xlsx file")->required();
  survey_xlsform->add_option("--organization", survey_import.organization_id, "Owner organization (id)")->required();
  app::SurveyResponsesImport survey_responses;
  auto* survey_answers_in = survey->add_subcommand(
      "import-responses", "Import answers from a CSV (one column per item code) into a campaign, created if needed");
  survey_answers_in->add_option("FILE", survey_responses.file, "The .csv file")->required();
  survey_answers_in->add_option("--organization", survey_responses.organization_id, "Owner organization (id)")
      ->required();
  survey_answers_in->add_option("--questionnaire", survey_responses.questionnaire, "Its code (form_id)")->required();
  survey_answers_in->add_option("--group", survey_responses.respondent_group, "The version's respondent group");
  survey_answers_in->add_option("--campaign", survey_responses.campaign, "The campaign's name")->required();
  auto* survey_results = survey->add_subcommand("results", "A campaign's results table, small counts hidden");
  auto* survey_export = survey->add_subcommand("export", "A campaign's answers, one row per response");
  for (auto* command : {survey_xlsform, survey_answers_in, survey_results, survey_export}) add_db(command);
  for (auto* command : {survey_results, survey_export}) {
    command->add_option("--campaign", survey_file.campaign, "The campaign's name")->required();
    command->add_option("--organization", survey_file.organization_id, "Its organization (id), if the name is shared");
    // The answers also go to R and SPSS (a zip of the data and the script or syntax with its labels).
    command->add_option("--format", survey_file.format)
        ->check(CLI::IsMember(command == survey_export ? std::vector<std::string>{"csv", "xlsx", "r", "spss"}
                                                       : std::vector<std::string>{"csv", "xlsx"}))
        ->capture_default_str();
    command->add_option("--lang", survey_file.lang, "en: 3.25 and ','; fr: 3,25 and ';'")
        ->check(CLI::IsMember({"fr", "en"}))
        ->capture_default_str();
  }
  survey_results->add_option("--by", survey_file.by, "A single-choice item whose answers group the respondents");
  survey_results->add_option("--k", survey_file.k, "No figure for fewer respondents than this")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();

  auto* openapi = cli.add_subcommand("openapi", "Print the OpenAPI 3 document of the API (scripts/generate-api-types)");

  CLI11_PARSE(cli, argc, argv);
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
  if (openapi->parsed()) {
    auto document = app::openapi_json();
    if (!document) return report(document.error(), "openapi");
    std::cout << *document << "\n";
    return 0;
  }
  if (!cli.got_subcommand("version")) prepare_sqlite_folder(db_url);

  if (cli.got_subcommand("version")) {
    std::cout << "filet " << FILET_VERSION << "\n";
    return 0;
  }
  if (serve->parsed()) {
    auto address = http::parse_listen(listen);
    if (!address) return report(address.error(), "serve");
    serve_options.db_url = db_url;
    serve_options.files_dir = files_dir;
    serve_options.key_file = key_file;
    serve_options.two_factor_rule = *auth::two_factor_rule_from_name(two_factor_rule);
    serve_options.http.address = address->first;
    serve_options.http.port = address->second;
    if (serve_options.http.threads == 0) serve_options.http.threads = 1;
    if (!serve_options.web_dir.empty() && !std::filesystem::is_directory(serve_options.web_dir))
      spdlog::warn("--web folder {} does not exist: the web app will not be served", serve_options.web_dir);
    auto served = app::serve(serve_options);
    if (!served) return report(served.error(), "serve");
    return 0;
  }
  if (backup->parsed()) {
    auto url = db::parse_url(db_url);
    if (!url) return report(url.error(), "backup");
    if (url->engine != db::Engine::sqlite) {
      std::cerr << "filet backup: pour PostgreSQL, utilisez pg_dump / for PostgreSQL, use pg_dump\n";
      return 2;
    }
    if (!std::filesystem::exists(url->target)) {
      std::cerr << "filet backup: base introuvable / database not found: " << url->target << "\n";
      return 1;
    }
    auto done = db::sqlite::backup(url->target, backup_to);
    if (!done) return report(done.error(), "backup");
    std::cout << "Copie vérifiée (integrity_check ok) / Verified copy: " << backup_to << "\n";
    // The file store after the database: a file uploaded meanwhile is then copied too (its bytes
    // are written before its record commits), never a record without its bytes.
    const auto store = files_dir.empty() ? files::default_root(db_url) : std::filesystem::path(files_dir);
    const auto store_copy = std::filesystem::path(backup_to + ".files");
    auto copied = files::copy_store(store, store_copy);
    if (!copied) return report(copied.error(), "backup");
    std::cout << "Fichiers copiés / Files copied: " << *copied << " (" << store.string() << " -> "
              << store_copy.string() << ")\n";
    return 0;
  }

  if (key_init->parsed()) {
    auto created = SecretBox::create_key_file(key_file);
    if (!created) return report(created.error(), "key init");
    std::cout << "Clé maîtresse créée (mode 600) ; sauvegardez-la à part de la base / Master key created (mode 600); "
                 "back it up apart from the database: "
              << key_file << "\n";
    return 0;
  }

  auto pool = app::open_database(db_url, 1);
  if (!pool) return report(pool.error(), "migrate");
  if (migrate->parsed()) {
    auto c = (*pool)->acquire();
    auto version = c ? db::schema_version(**c) : std::unexpected(c.error());
    if (!version) return report(version.error(), "migrate");
    std::cout << "Schéma à jour / Schema up to date: version " << *version << "\n";
    return 0;
  }
  if (key_rotate->parsed()) {
    auto rotated = app::rotate_master_key(**pool, key_file);
    if (!rotated) return report(rotated.error(), "key rotate");
    std::cout << "Nouvelle clé maîtresse en place ; identités : " << rotated->identities
              << ", secrets de connexion : " << rotated->secrets
              << ". Sauvegardez-la à part et détruisez les copies de l’ancienne / New master key in place; identities: "
              << rotated->identities << ", sign-in secrets: " << rotated->secrets
              << ". Back it up apart and destroy the copies of the old one: " << key_file << "\n";
    return 0;
  }
  if (survey_xlsform->parsed()) {
    auto done = app::import_xlsform_file(**pool, survey_import, std::cout);
    return done ? 0 : report(done.error(), "survey import-xlsform");
  }
  if (survey_answers_in->parsed()) {
    auto done = app::import_responses_file(**pool, survey_responses, std::cout);
    return done ? 0 : report(done.error(), "survey import-responses");
  }
  if (survey_results->parsed() || survey_export->parsed()) {
    auto done = survey_results->parsed() ? app::write_survey_results(**pool, survey_file, std::cout)
                                         : app::write_survey_answers(**pool, survey_file, std::cout);
    return done ? 0 : report(done.error(), "survey");
  }
  if (retention_run->parsed()) {
    families::DestructionService destruction(**pool);
    auto run = app::run_retention(destruction);
    if (!run) return report(run.error(), "retention run");
    std::cout << "Conservation au " << run->today << " : " << run->destroyed
              << " famille(s) détruite(s) / Retention as of " << run->today << ": " << run->destroyed
              << " family(ies) destroyed\n";
    return 0;
  }
  if (hsds_import->parsed()) {
    auto result = directory::import_path(**pool, hsds_path,
                                         {.strict = strict, .lang = hsds_lang, .allow_reassign = allow_reassign});
    if (!result) return report(result.error(), "hsds import");
    for (const auto& r : result->rejected) {
      auto message = field_message(r.reason);
      std::cerr << "rejeté / rejected #" << r.index << (r.source.empty() ? "" : " (" + r.source + ")") << " " << r.id
                << ": " << message.fr << " / " << message.en << "\n";
    }
    for (const auto& r : result->reassigned)
      std::cout << (r.kind == "service" ? "service déplacé / service moved " : "lieu réécrit / location rewritten ")
                << r.id << ": " << r.from_organization_id << " -> " << r.to_organization_id << "\n";
    std::cout << "Importés / imported: " << result->imported << ", mis à jour / updated: " << result->updated
              << ", organismes importés / organizations imported: " << result->organizations_imported
              << ", rejetés / rejected: " << result->rejected.size()
              << (strict && !result->rejected.empty() ? " (--strict : rien n'a été importé / nothing was imported)"
                                                      : "")
              << "\n";
    return result->rejected.empty() ? 0 : 1;
  }
  if (postal_import->parsed()) {
    std::ifstream in(postal_path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    directory::PostalAreaService service(**pool);
    auto result = service.load_csv({"", "filet command line", ""}, text.str(),
                                   std::filesystem::path(postal_path).filename().string());
    if (!result) return report(result.error(), "postal import");
    for (const auto& r : result->rejected) {
      auto message = field_message(r.reason);
      std::cerr << "ligne / line " << r.line << " : " << message.fr << " / " << message.en << "\n";
    }
    if (!result->applied) {
      std::cerr << result->rejected.size() << " ligne(s) rejetée(s), rien n’a été chargé / " << result->rejected.size()
                << " row(s) rejected, nothing was loaded\n";
      return 1;
    }
    std::cout << "Régions postales ajoutées / postal areas added: " << result->added
              << ", mises à jour / updated: " << result->updated << ", connues / known: " << result->known_areas
              << "\n";
    return 0;
  }
  if (hsds_export->parsed()) {
    auto c = (*pool)->acquire();
    if (!c) return report(c.error(), "hsds export");
    auto count = directory::export_to_folder(**c, hsds_path, hsds_lang);
    if (!count) return report(count.error(), "hsds export");
    std::cout << "Exporté / exported: " << *count << " services -> " << hsds_path << "\n";
    return 0;
  }
  if (demo->parsed()) {
    auto box = SecretBox::from_key_file(key_file);
    if (!box) return report(box.error(), "demo");
    // Demo identities only when a key file is named (--key-file or FILET_KEY_FILE): whoever runs
    // the demo then knows which key seals them and keeps it.
    bool key_named = demo->get_option("--key-file")->count() > 0;
    const files::FileStore store(files_dir.empty() ? files::default_root(db_url) : std::filesystem::path(files_dir));
    auto summary = demo::load_demo_network(**pool, *box, key_named, &store);
    if (!summary) return report(summary.error(), "demo");
    std::cout << "Réseau de démonstration créé / Demo network created: " << summary->territories
              << " territoires/territories, " << summary->organizations << " organismes/organizations, "
              << summary->programs << " programmes/programs, " << summary->users << " comptes/accounts, "
              << summary->services << " services, " << summary->outreach_entries
              << " entrées de démarchage/outreach entries, " << summary->networking_entries
              << " entrées de réseautage/networking entries, " << summary->families << " familles/families, "
              << summary->referrals << " aiguillages/referrals, " << summary->gaps
              << " trous de services/service gaps, " << summary->key_partners
              << " choix de partenaires clés/key partner choices, " << summary->agreements
              << " ententes de référencement/referral agreements, " << summary->groups << " groupes/groups ("
              << summary->group_sessions << " rencontres/sessions), " << summary->questionnaires
              << " questionnaires (" << summary->survey_campaigns << " campagnes/campaigns, "
              << summary->survey_responses << " réponses/responses).\n"
              << "Mot de passe de tous les comptes / Password of every account: " << demo::kDemoPassword << "\n"
              << "Connexion en deux étapes de admin@demo.filet / two-step sign-in of admin@demo.filet, clé / key: "
              << demo::kDemoTotpSecret << "\n";
    return 0;
  }
  core::UserService users(**pool);
  audit::Actor actor{"", "filet command line", ""};
  if (user_add->parsed()) {
    core::UserChanges changes;
    changes.email = email;
    changes.name = name;
    changes.locale = locale;
    changes.is_admin = admin;
    changes.password = read_password();
    auto created = users.create(actor, changes);
    if (!created) return report(created.error(), "user add");
    std::cout << "Compte créé / Account created: " << created->email << "\n";
    return 0;
  }
  auto found = users.find_by_email(email);
  if (!found) return report(found.error(), "user");
  if (user_reset_2fa->parsed()) {
    auto box = SecretBox::from_key_file(key_file);
    if (!box) return report(box.error(), "user reset-2fa");
    auto reset = auth::TwoFactorService(**pool, *box).reset(actor, found->id);
    if (!reset) return report(reset.error(), "user reset-2fa");
    std::cout << "Connexion en deux étapes désactivée ; la personne devra la réactiver / Two-step sign-in turned off; "
                 "they will enrol again: "
              << found->email << "\n";
    return 0;
  }
  core::UserChanges changes;
  if (user_passwd->parsed()) changes.password = read_password();
  if (user_disable->parsed()) changes.active = false;
  auto updated = users.update(actor, found->id, changes);
  if (!updated) return report(updated.error(), "user");
  std::cout << (user_disable->parsed() ? "Compte désactivé / Account disabled: "
                                       : "Mot de passe changé / Password changed: ")
            << updated->email << "\n";
  return 0;
}
