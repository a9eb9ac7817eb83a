#include "kinds/pieces.h"

#include <vector>

#include "checks/method_setting.h"
#include "choice.h"

namespace shapeguard::properties {

std::string Digits(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out.push_back(static_cast<char>('0' + Pick(0, 10)));
  return out;
}

std::string Word(int min, int max, std::string_view alphabet) {
  int n = Pick(min, max + 1);
  std::string out;
  for (int i = 0; i < n; ++i) out.push_back(alphabet[Pick<std::size_t>(0, alphabet.size())]);
  return out;
}

std::string ResourcePath() {
  int parts = Pick(0, 4);
  if (parts == 0) return "/";
  std::string out;
  for (int i = 0; i < parts; ++i) {
    int form = Pick(0, 3);
    out += "/";
    if (form == 0) {
      out += "{" + Word(1, 8, kAlnum) + "}";
    } else {
      out += Word(1, 8, std::string(kAlnum) + "._-");
    }
  }
  if (Coin() && parts > 0) out += "/{proxy+}";
  return out;
}

std::string HttpMethod(bool allow_wildcard) {
  std::vector<std::string> methods;
  for (std::string_view m : internal::HttpMethods()) {
    if (allow_wildcard || m != "*") methods.emplace_back(m);
  }
  return PickFrom(methods);
}

}  // namespace shapeguard::properties
