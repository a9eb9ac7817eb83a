// The catalog every command works on: the built-in services, plus any --models directories
// and --overlay files given on the command line.
#ifndef SHAPEGUARD_CLI_CATALOG_SETUP_H_
#define SHAPEGUARD_CLI_CATALOG_SETUP_H_

#include <string>
#include <vector>

#include "shapeguard/catalog.h"

namespace shapeguard::cli {

struct CatalogOptions {
  std::vector<std::string> model_dirs;
  std::vector<std::string> overlay_files;
};

Result<Catalog> BuildCatalog(const CatalogOptions& options);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_CATALOG_SETUP_H_
