#include "proxy_args.h"

namespace shapeguard::cli {

CLI::App* AddProxyCommand(CLI::App& app, ProxyArgs& args) {
  CLI::App* proxy =
      app.add_subcommand("proxy",
                         "Validate every request and response between an AWS SDK and an emulator "
                         "(`proxy --upstream URL -- COMMAND` runs COMMAND against it)");
  args.listen.port = 0;
  AddListenOptions(*proxy, args.listen);
  proxy->add_option("--upstream", args.upstream, "The emulator's base URL")->required();
  proxy
      ->add_option("--mode", args.mode,
                   "observe: forward everything and record; enforce: refuse requests that "
                   "break the contract as AWS would (default observe)")
      ->check(CLI::IsMember({"observe", "enforce"}));
  proxy->add_option("--log", args.log, "Write an NDJSON line per violating exchange here")
      ->type_name("FILE");
  proxy->add_option("--report", args.report, "Write the JSON summary here on exit")
      ->type_name("FILE");
  proxy->add_option("--junit", args.junit, "Write a JUnit XML summary here on exit")
      ->type_name("FILE");
  proxy->add_option("--html", args.html, "Write an HTML summary here on exit")->type_name("FILE");
  proxy->add_option("--workers", args.workers, "Requests handled at once (default 32)")
      ->check(CLI::Range(1, 1024));
  proxy
      ->add_option("--upstream-timeout", args.upstream_timeout,
                   "Seconds one upstream exchange may take (default 120: long polls fit)")
      ->check(CLI::PositiveNumber);
  proxy
      ->add_option("command", args.command,
                   "After --: a command to run with AWS_ENDPOINT_URL set to the proxy")
      ->type_name("COMMAND");
  return proxy;
}

}  // namespace shapeguard::cli
