// `shapeguard conform --endpoint URL [--operations LIST] [--seed S] [--budget N|--time T]
//  [--report FILE.json] [--junit FILE.xml] [--html FILE.html]`: drives an AWS emulator
// through the conformance scenarios and reports every deviation from the contract.
#ifndef SHAPEGUARD_CLI_CONFORM_COMMAND_H_
#define SHAPEGUARD_CLI_CONFORM_COMMAND_H_

#include <iosfwd>

#include "conform_args.h"
#include "shapeguard/catalog.h"

namespace shapeguard::cli {

// Runs the suite, prints each finding and a summary on `out`, writes the report files.
// Exit 0 no finding, 1 findings, 2 bad arguments or an unreachable endpoint.
int RunConform(const Catalog& catalog, const ConformArgs& args, std::ostream& out,
               std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_CONFORM_COMMAND_H_
