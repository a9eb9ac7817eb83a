#include "serve_args.h"

namespace shapeguard::cli {

CLI::App* AddServeCommand(CLI::App& app, ServeArgs& args) {
  CLI::App* serve = app.add_subcommand(
      "serve", "Run the reference emulator (in memory, contract-strict) on a local port");
  AddListenOptions(*serve, args.listen);
  serve->add_option("--fault", args.faults, "Inject a known deviation (repeatable)")
      ->type_name("NAME");
  serve
      ->add_option("--connection", args.connections,
                   "A live WebSocket connection id for apigatewaymanagementapi (repeatable)")
      ->type_name("ID");
  serve->add_option("--seed", args.seed, "Seed of the generated ids (default 1)");
  serve->add_flag("--list-faults", args.list_faults, "Print the fault names and exit");
  return serve;
}

}  // namespace shapeguard::cli
