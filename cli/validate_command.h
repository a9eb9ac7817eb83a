// `shapeguard validate SERVICE.Operation [--output] [--ndjson] [--format F] FILE...|-`
#ifndef SHAPEGUARD_CLI_VALIDATE_COMMAND_H_
#define SHAPEGUARD_CLI_VALIDATE_COMMAND_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"
#include "shapeguard/report.h"

namespace shapeguard::cli {

// 64 MiB: far above any AWS API payload (API Gateway caps requests at 10 MB).
constexpr std::size_t kDefaultMaxBytes = 64 << 20;

struct ValidateArgs {
  std::string operation;
  bool output = false;
  bool ndjson = false;
  std::string format = "text";
  std::vector<std::string> files;
  std::size_t jobs = 1;  // threads for NDJSON input; results keep the input order
  // The library's defaults, except a size limit: the command reads untrusted files.
  ValidateOptions options = {.max_bytes = kDefaultMaxBytes};
};

// Exit status: 0 every document valid, 1 some document invalid, 2 a usage, I/O or parse
// error (reported on err, never as "invalid").
int RunValidate(const Catalog& catalog, const ValidateArgs& args, std::ostream& out,
                std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_VALIDATE_COMMAND_H_
