#include "report_file.h"

#include <cstdio>
#include <fstream>
#include <ostream>

namespace shapeguard::cli {

bool WriteReportFile(const std::string& path, const std::string& text, std::ostream& err) {
  std::string temporary = path + ".partial";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
      std::remove(temporary.c_str());
      err << "shapeguard: cannot write " << path << "\n";
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    err << "shapeguard: cannot write " << path << "\n";
    return false;
  }
  return true;
}

}  // namespace shapeguard::cli
