#include "conform_args.h"

namespace shapeguard::cli {

CLI::App* AddConformCommand(CLI::App& app, ConformArgs& args) {
  CLI::App* conform = app.add_subcommand(
      "conform", "Drive an AWS emulator through the conformance scenarios and report deviations");
  conform->add_option("--endpoint", args.endpoint, "The emulator's base URL")->required();
  conform
      ->add_option("--operations", args.operations,
                   "Operations to reach (SERVICE.Operation, comma-separated; default: the "
                   "seeded ones)")
      ->delimiter(',');
  conform->add_option("--seed", args.seed, "Same seed, same requests (default 1)");
  conform->add_option("--budget", args.budget, "Stop after about N requests (default 1000)");
  conform->add_option("--time", args.time, "Stop after this long (90, 90s, 2m)");
  conform->add_option("--report", args.report, "Write the JSON report here")->type_name("FILE");
  conform->add_option("--junit", args.junit, "Write a JUnit XML report here")->type_name("FILE");
  conform->add_option("--html", args.html, "Write an HTML report here")->type_name("FILE");
  return conform;
}

}  // namespace shapeguard::cli
