// structured_validate: bytes → choices for the shape-driven generators, so nearly every input
// is a well-formed request or response. The first two bytes pick the schema, the third valid
// versus one-violation (and which violation kind), the next eight seed the generator's
// random stream and one more its size. Invariants, on the parsed document and on its text:
//  - a valid instance validates with no error;
//  - a one-violation instance yields exactly one error, at the generator's pointer and with
//    its code.
// RapidCheck generators draw from its own Random stream, not from a byte source, so a
// mutation of the seed bytes gives an unrelated document: coverage feedback still keeps the
// seeds that reach new code, and the schema and kind bytes stay structure-aware.
#include <rapidcheck.h>

#include <cstdint>

#include "harness_support.h"
#include "instance_generator.h"

namespace shapeguard::fuzz {
namespace {

// RapidCheck's largest default size: collections and strings up to their usual lengths.
constexpr int kMaxSize = 100;

// The text of a document, or nullopt when it holds strings that are not UTF-8 (blobs may),
// which JSON text cannot carry.
std::optional<std::string> TextOf(const nlohmann::json& document) {
  try {
    return document.dump();
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

void CheckValid(const Schema& schema, const nlohmann::json& document) {
  Report report = schema.Validate(document);
  Require(report.valid(), "a generated valid instance validates",
          document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n" +
              DescribeReport(report));
  if (auto text = TextOf(document)) {
    auto from_text = schema.ValidateText(*text);
    Require(from_text.ok() && from_text.value().valid(),
            "a generated valid instance validates as text", *text);
  }
}

void CheckOne(const Report& report, const properties::Violation& v, std::string_view how) {
  bool exact = report.errors.size() == 1 && report.errors[0].path == v.pointer &&
               report.errors[0].code == v.code;
  Require(exact, "a one-violation instance has exactly its error",
          std::string(how) + ": " + v.description + ": expected " + v.pointer + " " +
              std::string(CodeName(v.code)) + " in " +
              v.document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
              "\ngot:\n" + DescribeReport(report));
}

void CheckViolation(const Schema& schema, const properties::Violation& v) {
  CheckOne(schema.Validate(v.document), v, "document");
  if (auto text = TextOf(v.document)) {
    auto from_text = schema.ValidateText(*text);
    Require(from_text.ok(), "a one-violation instance parses as text", *text);
    CheckOne(from_text.value(), v, "text");
  }
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  ByteReader reader(data, size);
  const auto& schemas = AllSchemas();
  std::shared_ptr<const Schema> schema = schemas[reader.Index(schemas.size())];
  std::uint8_t mode = reader.Byte();
  rc::Random random(reader.Word());
  int generator_size = reader.Byte() % (kMaxSize + 1);

  try {
    if ((mode & 1) == 0) {
      CheckValid(*schema, properties::ValidInstance(schema)(random, generator_size).value());
      return 0;
    }
    // Kind 0: any violation; otherwise one of ViolationKinds().
    const auto& kinds = properties::ViolationKinds();
    std::size_t kind = (mode >> 1) % (kinds.size() + 1);
    std::optional<Code> code;
    if (kind > 0) code = kinds[kind - 1];
    CheckViolation(*schema, properties::OneViolation(schema, code)(random, generator_size).value());
  } catch (const rc::GenerationFailure&) {
    // This schema has no place for the requested violation kind.
  }
  return 0;
}
