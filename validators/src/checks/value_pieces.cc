#include "checks/value_pieces.h"

#include <vector>

#include "checks/method_setting.h"

namespace shapeguard::internal {

std::string Digits(Chooser& chooser, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out.push_back(static_cast<char>('0' + Pick(chooser, 0, 10)));
  return out;
}

std::string Word(Chooser& chooser, int min, int max, std::string_view alphabet) {
  int n = Pick(chooser, min, max + 1);
  std::string out;
  for (int i = 0; i < n; ++i) {
    out.push_back(alphabet[Pick<std::size_t>(chooser, 0, alphabet.size())]);
  }
  return out;
}

std::string ResourcePath(Chooser& chooser) {
  int parts = Pick(chooser, 0, 4);
  if (parts == 0) return "/";
  std::string out;
  for (int i = 0; i < parts; ++i) {
    int form = Pick(chooser, 0, 3);
    out += "/";
    if (form == 0) {
      out += "{" + Word(chooser, 1, 8, kAlnum) + "}";
    } else {
      out += Word(chooser, 1, 8, std::string(kAlnum) + "._-");
    }
  }
  if (Coin(chooser) && parts > 0) out += "/{proxy+}";
  return out;
}

std::string HttpMethod(Chooser& chooser, bool allow_wildcard) {
  std::vector<std::string> methods;
  for (std::string_view m : HttpMethods()) {
    if (allow_wildcard || m != "*") methods.emplace_back(m);
  }
  return PickFrom(chooser, methods);
}

}  // namespace shapeguard::internal
