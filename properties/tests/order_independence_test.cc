// Property: a verdict and its report do not depend on the order of members or on
// whitespace: the same document written differently gives the identical report.
#include <gtest/gtest.h>

#include "choice.h"
#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

// The document as JSON text with the members of every object in reverse order and random
// whitespace between tokens.
void WriteShuffled(const nlohmann::json& value, std::string& out) {
  static const std::vector<std::string> kSpace = {"", " ", "\n", "\t", "  \r\n "};
  auto space = [&] { out += PickFrom(kSpace); };
  if (value.is_object()) {
    out += "{";
    std::vector<std::pair<std::string, const nlohmann::json*>> members;
    for (auto it = value.begin(); it != value.end(); ++it)
      members.emplace_back(it.key(), &it.value());
    for (std::size_t i = members.size(); i-- > 0;) {
      space();
      out += nlohmann::json(members[i].first).dump();
      space();
      out += ":";
      space();
      WriteShuffled(*members[i].second, out);
      if (i) out += ",";
    }
    space();
    out += "}";
  } else if (value.is_array()) {
    out += "[";
    for (std::size_t i = 0; i < value.size(); ++i) {
      space();
      WriteShuffled(value[i], out);
      if (i + 1 < value.size()) out += ",";
    }
    out += "]";
  } else {
    out += value.dump();
  }
}

TEST(OrderIndependence, SameReportForReorderedAndReformattedText) {
  CheckProperty([] {
    std::shared_ptr<const Schema> schema = PickFrom(AllSchemas());
    nlohmann::json document = Coin() ? *ValidInstance(schema) : (*OneViolation(schema)).document;
    std::string shuffled;
    WriteShuffled(document, shuffled);
    auto plain = schema->ValidateText(document.dump());
    auto reordered = schema->ValidateText(shuffled);
    RC_ASSERT(plain.ok());
    RC_ASSERT(reordered.ok());
    RC_LOG() << shuffled << "\n"
             << Describe(plain.value()) << "vs\n"
             << Describe(reordered.value());
    RC_ASSERT(plain.value().errors == reordered.value().errors);
  });
}

}  // namespace
}  // namespace shapeguard::properties
