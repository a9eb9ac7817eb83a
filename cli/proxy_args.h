// The options of `shapeguard proxy`: parsed by every shapeguard binary, run by
// shapeguard-network (proxy_command.h).
#ifndef SHAPEGUARD_CLI_PROXY_ARGS_H_
#define SHAPEGUARD_CLI_PROXY_ARGS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "listen_args.h"

namespace shapeguard::cli {

struct ProxyArgs {
  ListenArgs listen;     // --port defaults to 0 (a free port)
  std::string upstream;  // --upstream URL, required
  std::string mode = "observe";
  std::string log;     // --log FILE.ndjson
  std::string report;  // --report FILE.json
  std::string junit;   // --junit FILE.xml
  std::string html;    // --html FILE.html
  int workers = 32;    // requests forwarded at once
  // --upstream-timeout: how long one upstream exchange may take. Long polls (SQS's
  // ReceiveMessage waits up to 20 s) must fit.
  double upstream_timeout = 120;
  std::vector<std::string> command;  // after "--": run it against the proxy
};

// Adds the `proxy` subcommand and its options to the app.
CLI::App* AddProxyCommand(CLI::App& app, ProxyArgs& args);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_PROXY_ARGS_H_
