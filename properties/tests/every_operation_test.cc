// Every operation of every built-in service (all of botocore's, not only the seeded ones),
// both directions: it explains, generated valid documents validate, and generated
// one-violation documents are rejected with the violation they declare, at its pointer with
// its code.
//
// Operations the generators cannot serve yet are listed in every_operation_skips.txt, each
// with a reason. A listed operation that passes fails the test too, so the list only shrinks.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <fstream>
#include <map>
#include <sstream>

#include "instance_generator.h"
#include "property_support.h"
#include "shapeguard/explain.h"

namespace shapeguard::properties {
namespace {

// Documents of each kind per operation and direction, as `generate --count 20`.
constexpr int kDocuments = 20;
constexpr int kMaxSize = 100;  // RapidCheck's size grows from 0 to 100, as in `generate`

// "service.Operation input" -> why it is skipped.
const std::map<std::string, std::string>& Skips() {
  static const auto* skips = [] {
    auto* out = new std::map<std::string, std::string>;
    std::ifstream in(std::string(SHAPEGUARD_SOURCE_DIR) +
                     "/properties/tests/every_operation_skips.txt");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string operation, direction, reason;
      fields >> operation >> direction;
      std::getline(fields >> std::ws, reason);
      (*out)[operation + " " + direction] = reason;
    }
    return out;
  }();
  return *skips;
}

template <typename T>
T Draw(const rc::Gen<T>& gen, rc::Random& stream, int i) {
  return gen(stream.split(), i % (kMaxSize + 1)).value();
}

// The first problem with an operation's explanation or generated documents, or "" when
// there is none.
std::string ProblemOf(const std::shared_ptr<const Schema>& schema) {
  if (Explain(*schema).find(schema->qualified_name()) != 0) return "explain has no heading";
  rc::Random stream(20261203);
  try {
    auto valid = ValidInstance(schema);
    for (int i = 0; i < kDocuments; ++i) {
      nlohmann::json document = Draw(valid, stream, i);
      Report report = schema->Validate(document);
      if (!report.valid()) return "valid document rejected: " + Describe(report);
    }
    auto invalid = OneViolation(schema);
    for (int i = 0; i < kDocuments; ++i) {
      Violation v = Draw(invalid, stream, i);
      Report report = schema->Validate(v.document);
      bool declared = false;
      for (const Diagnostic& d : report.errors) {
        declared = declared || (d.path == v.pointer && d.code == v.code);
      }
      if (!declared) {
        return "violation " + v.pointer + " " + std::string(CodeName(v.code)) + " (" +
               v.description + ") not reported; got: " + Describe(report);
      }
    }
  } catch (const rc::GenerationFailure& failure) {
    return std::string("cannot generate: ") + failure.what();
  }
  return "";
}

class EveryOperation : public testing::TestWithParam<std::string> {};

TEST_P(EveryOperation, GeneratedDocumentsGetTheirVerdicts) {
  const std::string& service = GetParam();
  for (const std::string& op : Builtin().Operations(service).value()) {
    for (Direction direction : {Direction::kInput, Direction::kOutput}) {
      std::string key = service + "." + op + " " + std::string(DirectionName(direction));
      auto schema = Builtin().GetSchema(service + "." + op, direction);
      ASSERT_TRUE(schema.ok()) << schema.error();
      std::string problem = ProblemOf(schema.value());
      auto skip = Skips().find(key);
      if (skip == Skips().end()) {
        EXPECT_EQ(problem, "") << key;
      } else {
        EXPECT_NE(problem, "") << key << " passes now: remove it from every_operation_skips.txt";
      }
    }
  }
}

std::vector<std::string> AllServices() { return Builtin().Services(); }

// gtest names allow only letters, digits and '_'.
std::string TestName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Builtin, EveryOperation, testing::ValuesIn(AllServices()), TestName);

}  // namespace
}  // namespace shapeguard::properties
