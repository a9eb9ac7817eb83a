// `shapeguard-network`: the shapeguard command line with `conform`, `serve` and `proxy` run in this
// process; `shapeguard` hands those commands here (see command_line.h).
#include "command_line.h"
#include "conform_command.h"
#include "proxy_command.h"
#include "serve_command.h"

int main(int argc, char** argv) {
  using namespace shapeguard::cli;
  return RunCommandLine(argc, argv,
                        {.conform = &RunConform, .serve = &RunServe, .proxy = &RunProxy});
}
