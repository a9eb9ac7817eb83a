// RE2 programs compiled once per distinct pattern and shared by every checker that uses it.
#ifndef SHAPEGUARD_CHECKS_REGEX_CACHE_H_
#define SHAPEGUARD_CHECKS_REGEX_CACHE_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "shapeguard/result.h"

namespace shapeguard::internal {

// Not thread-safe: one cache serves one compile. The RE2 objects it hands out are immutable
// and safe to share across threads.
class RegexCache {
 public:
  // The compiled pattern, or why RE2 refuses it (RE2 has no look-around or backreferences:
  // that is what keeps matching linear in the input).
  Result<std::shared_ptr<const RE2>> Get(std::string_view pattern);

 private:
  std::map<std::string, std::shared_ptr<const RE2>, std::less<>> compiled_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_REGEX_CACHE_H_
