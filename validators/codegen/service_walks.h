// The compiled walks of one service as the generator assembles them: every operation, both
// directions, in one WalkSource, with the table entry of each walk. The generator and the
// emitter's tests share it, so the tests check what the build writes.
#ifndef SHAPEGUARD_CODEGEN_SERVICE_WALKS_H_
#define SHAPEGUARD_CODEGEN_SERVICE_WALKS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"
#include "shapeguard/result.h"
#include "walk_emitter.h"

namespace shapeguard::codegen {

// One walk of the generated table: its operation and direction, the fingerprint of the
// shapes it was generated from, and its entry function.
struct WalkEntry {
  std::string service, operation;
  Direction direction;
  std::uint64_t fingerprint;
  std::string function;
};

// Adds the walks of `operations` of `service` to source, input then output of each; their
// entry functions are named GeneratedWalk<N>, N counting on from entries.size(), and their
// entries are appended to entries. Fails on an operation the catalog cannot compile.
Status AddServiceWalks(const Catalog& catalog, const std::string& service,
                       const std::vector<std::string>& operations, WalkSource& source,
                       std::vector<WalkEntry>& entries);

}  // namespace shapeguard::codegen

#endif  // SHAPEGUARD_CODEGEN_SERVICE_WALKS_H_
