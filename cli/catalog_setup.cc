#include "catalog_setup.h"

#include <fstream>
#include <sstream>

namespace shapeguard::cli {

Result<Catalog> BuildCatalog(const CatalogOptions& options) {
  auto catalog = Catalog::Builtin();
  if (!catalog.ok()) return catalog.status();
  for (const std::string& dir : options.model_dirs) {
    if (Status s = catalog->AddModelsDirectory(dir); !s.ok()) return s;
  }
  for (const std::string& file : options.overlay_files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::Error("cannot read overlay " + file);
    std::ostringstream text;
    text << in.rdbuf();
    if (Status s = catalog->AddOverlay(text.str(), file); !s.ok()) return s;
  }
  return catalog;
}

}  // namespace shapeguard::cli
