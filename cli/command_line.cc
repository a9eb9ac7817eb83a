#include "command_line.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "catalog_setup.h"
#include "exit_status.h"
#include "explain_command.h"
#include "generate_command.h"
#include "list_command.h"
#include "network_handoff.h"
#include "validate_command.h"

namespace shapeguard::cli {

int RunCommandLine(int argc, char** argv, const NetworkCommands& network) {
  // The commands use only iostreams: unsynchronised, they read and write in large blocks.
  std::ios::sync_with_stdio(false);
  CLI::App app{"shapeguard: validate AWS API requests and responses against their contracts"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("shapeguard ") + SHAPEGUARD_VERSION);

  CatalogOptions catalog_options;
  app.add_option("--models", catalog_options.model_dirs,
                 "Also load every service of a botocore data directory")
      ->type_name("DIR")
      ->allow_extra_args(false);  // one DIR per --models, so it may precede the files
  app.add_option("--overlay", catalog_options.overlay_files, "Also load an overlay file")
      ->type_name("FILE")
      ->allow_extra_args(false);
  // --models and --overlay may also follow the command, as users write them
  // (`shapeguard validate --models DIR ...`): subcommands pass what they do not know up.
  app.fallthrough();

  ListArgs list_args;
  CLI::App* list = app.add_subcommand(
      "list", "List the services known, or with SERVICE the operations of that service");
  list->add_option("service", list_args.service, "List this service's operations");
  list->add_flag("--json", list_args.json, "Write one JSON document instead of text");
  list->add_flag("--operations", list_args.operations,
                 "List every service's operations (service.Operation per line)");

  std::string explain_operation;
  bool explain_output = false;
  CLI::App* explain = app.add_subcommand(
      "explain", "Print every rule of an operation's shape tree and where it comes from");
  explain->add_option("operation", explain_operation, "SERVICE.Operation")->required();
  explain->add_flag("--output", explain_output, "The response shape instead of the request");

  GenerateArgs generate_args;
  std::string generate_kind;
  CLI::App* generate =
      app.add_subcommand("generate", "Write generated documents, one JSON document per line");
  generate->add_option("operation", generate_args.operation, "SERVICE.Operation")->required();
  generate->add_flag("--output", generate_args.output, "Responses instead of requests");
  bool generate_valid = false;
  auto* valid_flag = generate->add_flag("--valid", generate_valid, "Valid documents (the default)");
  generate
      ->add_flag("--invalid", generate_args.invalid,
                 "Documents with exactly one rule broken, each with that rule")
      ->excludes(valid_flag);
  generate->add_option("--count", generate_args.count, "How many documents (default 10)");
  generate->add_option("--seed", generate_args.seed, "Same seed, same output (default 1)");
  generate->add_option("--kind", generate_kind,
                       "With --invalid: the rule to break (a diagnostic code, e.g. pattern)");

  ValidateArgs validate_args;
  CLI::App* validate =
      app.add_subcommand("validate", "Validate documents against an operation's contract");
  validate->add_option("operation", validate_args.operation, "SERVICE.Operation")->required();
  validate->add_option("files", validate_args.files, "Documents to validate (- for stdin)")
      ->required();
  validate->add_flag("--output", validate_args.output,
                     "Validate responses (the output shape) instead of requests");
  validate->add_flag("--ndjson", validate_args.ndjson, "Each line of a file is one document");
  validate->add_option("--format", validate_args.format, "text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  validate
      ->add_option("--jobs,-j", validate_args.jobs,
                   "Validate NDJSON on N threads (output keeps the input order)")
      ->check(CLI::Range(1, 256));
  validate->add_flag("--stop-at-first", validate_args.options.stop_at_first,
                     "Report only the first error of each document");
  validate
      ->add_option("--max-errors", validate_args.options.max_errors,
                   "Stop collecting after N errors per document")
      ->check(CLI::PositiveNumber);
  validate
      ->add_option("--max-depth", validate_args.options.max_depth,
                   "Refuse documents nesting deeper than N levels")
      ->check(CLI::PositiveNumber);
  validate->add_option("--max-bytes", validate_args.options.max_bytes,
                       "Refuse documents (NDJSON: lines) longer than N bytes; 0: no limit "
                       "(default 67108864, 64 MiB)");

  ConformArgs conform_args;
  CLI::App* conform = AddConformCommand(app, conform_args);
  ServeArgs serve_args;
  CLI::App* serve = AddServeCommand(app, serve_args);
  ProxyArgs proxy_args;
  CLI::App* proxy = AddProxyCommand(app, proxy_args);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  // Before the catalog is built: shapeguard-network builds its own.
  if (conform->parsed() && !network.conform) {
    return HandOffToNetworkBinary("conform", argv, std::cerr);
  }
  if (serve->parsed() && !network.serve) return HandOffToNetworkBinary("serve", argv, std::cerr);
  if (proxy->parsed() && !network.proxy) return HandOffToNetworkBinary("proxy", argv, std::cerr);

  // Kept until the process ends, never destroyed: freeing the model trees would cost a
  // noticeable part of a one-document run, and the OS reclaims them at once.
  static const auto& catalog = *new auto(BuildCatalog(catalog_options));
  if (!catalog.ok()) {
    std::cerr << "shapeguard: " << catalog.error() << "\n";
    return kExitUsage;
  }
  if (list->parsed()) return RunList(catalog.value(), list_args, std::cout, std::cerr);
  if (generate->parsed()) {
    if (!generate_kind.empty()) generate_args.kind = generate_kind;
    return RunGenerate(catalog.value(), generate_args, std::cout, std::cerr);
  }
  if (explain->parsed()) {
    return RunExplain(catalog.value(), explain_operation, explain_output, std::cout, std::cerr);
  }
  if (serve->parsed()) return network.serve(catalog.value(), serve_args, std::cout, std::cerr);
  if (proxy->parsed()) return network.proxy(catalog.value(), proxy_args, std::cout, std::cerr);
  if (validate->parsed()) {
    return RunValidate(catalog.value(), validate_args, std::cout, std::cerr);
  }
  if (conform->parsed()) {
    return network.conform(catalog.value(), conform_args, std::cout, std::cerr);
  }
  return kExitUsage;
}

}  // namespace shapeguard::cli
