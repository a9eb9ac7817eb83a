// Method-settings keys of a REST Stage (001): {resource_path}/{http_method} or */*.
#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

PathCodes Key(const std::string& key) {
  return CheckBuiltin("apigateway.GetStage",
                      {{"methodSettings", {{key, nlohmann::json::object()}}}}, Direction::kOutput);
}

std::string Pointer(const std::string& key) {
  std::string escaped;
  for (char c : key) escaped += c == '/' ? "~1" : c == '~' ? "~0" : std::string(1, c);
  return "/methodSettings/" + escaped;
}

TEST(MethodSettingKeyCheck, AcceptsEscapedResourcePathsAndTheWildcardKey) {
  for (const char* ok : {"*/*", "~1pets~1{petId}/GET", "~1/POST", "~1{proxy+}/ANY"}) {
    EXPECT_EQ(Key(ok), PathCodes{}) << ok;
  }
}

TEST(MethodSettingKeyCheck, RejectsUnescapedOrUnknown) {
  for (const char* bad : {"/pets/GET", "pets/GET", "~1pets/FETCH", "~1pets", "~1pets~2/GET",
                          "~1pets~1/GET", "*", "*/GET", "~1pets/*"}) {
    EXPECT_EQ(Key(bad), (PathCodes{{Pointer(bad), "method-setting"}})) << bad;
  }
}

}  // namespace
}  // namespace shapeguard
