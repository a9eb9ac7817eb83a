// Schema::Validate through a DocumentSource gives the same report as through nlohmann::json,
// on every document under examples/ and on hand-made ones: a source over a tree of its own
// (not nlohmann's), so the walk sees only the interface.
#include "shapeguard/document_source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"

namespace shapeguard {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A value of the toy tree: what a binding's native objects would be.
struct Toy {
  DocumentKind kind = DocumentKind::kNull;
  bool boolean = false;
  DocumentNumber number;
  std::string text;
  StringForm form = StringForm::kText;
  std::vector<std::pair<std::string, std::unique_ptr<Toy>>> members;  // kObject, in order
  std::vector<std::unique_ptr<Toy>> items;                            // kArray
};

std::unique_ptr<Toy> ToyOf(const json& value) {
  auto toy = std::make_unique<Toy>();
  if (value.is_boolean()) {
    toy->kind = DocumentKind::kBool;
    toy->boolean = value.get<bool>();
  } else if (value.is_number()) {
    toy->kind = DocumentKind::kNumber;
    if (value.is_number_unsigned()) {
      toy->number.type = DocumentNumber::Type::kUint;
      toy->number.uint_value = value.get<std::uint64_t>();
    } else if (value.is_number_integer()) {
      toy->number.int_value = value.get<std::int64_t>();
    } else {
      toy->number.type = DocumentNumber::Type::kDouble;
      toy->number.double_value = value.get<double>();
    }
  } else if (value.is_string()) {
    toy->kind = DocumentKind::kString;
    toy->text = value.get<std::string>();
  } else if (value.is_array()) {
    toy->kind = DocumentKind::kArray;
    for (const json& item : value) toy->items.push_back(ToyOf(item));
  } else if (value.is_object()) {
    toy->kind = DocumentKind::kObject;
    for (const auto& item : value.items())
      toy->members.emplace_back(item.key(), ToyOf(item.value()));
  }
  return toy;
}

class ToySource final : public DocumentSource {
 public:
  static const Toy& Of(Node node) { return *static_cast<const Toy*>(node); }

  DocumentKind Kind(Node value) const override { return Of(value).kind; }
  std::string_view String(Node value) const override { return Of(value).text; }
  StringForm Form(Node value) const override { return Of(value).form; }
  DocumentNumber Number(Node value) const override { return Of(value).number; }
  bool Bool(Node value) const override { return Of(value).boolean; }
  std::size_t Size(Node value) const override {
    const Toy& toy = Of(value);
    return toy.kind == DocumentKind::kObject ? toy.members.size() : toy.items.size();
  }
  std::optional<Node> Find(Node object, std::string_view name) const override {
    for (const auto& [key, member] : Of(object).members) {
      if (key == name) return member.get();
    }
    return std::nullopt;
  }
  void ForEachMember(Node object, MemberVisitor& visit) const override {
    for (const auto& [key, member] : Of(object).members) {
      if (!visit.Visit(key, member.get())) return;
    }
  }
  void ForEachItem(Node array, ItemVisitor& visit) const override {
    std::size_t index = 0;
    for (const auto& item : Of(array).items) {
      if (!visit.Visit(index++, item.get())) return;
    }
  }
};

const Catalog& Builtin() {
  static const Catalog catalog = Catalog::Builtin().value();
  return catalog;
}

std::string Describe(const Report& report) {
  std::string text = report.valid() ? "valid\n" : "invalid\n";
  for (const auto* list : {&report.errors, &report.warnings}) {
    for (const Diagnostic& d : *list) {
      text +=
          d.path + " " + std::string(CodeName(d.code)) + " " + d.message + " [" + d.source + "]\n";
    }
  }
  return text;
}

void ExpectSameReport(const std::string& operation, Direction direction, const json& document) {
  auto schema = Builtin().GetSchema(operation, direction).value();
  std::unique_ptr<Toy> toy = ToyOf(document);
  ToySource source;
  EXPECT_EQ(Describe(schema->Validate(source, toy.get())), Describe(schema->Validate(document)))
      << operation << ": " << document.dump();
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(DocumentSource, EveryExampleGetsTheSameReport) {
  int documents = 0;
  int invalid = 0;
  fs::path root = fs::path(SHAPEGUARD_SOURCE_DIR) / "examples";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name == "expected.json" || entry.path().extension() != ".json")
      continue;
    std::string operation = entry.path().parent_path().parent_path().filename().string() + "." +
                            entry.path().parent_path().filename().string();
    Direction direction = name.starts_with("response-") ? Direction::kOutput : Direction::kInput;
    json document = json::parse(ReadText(entry.path()), nullptr, false);
    if (document.is_discarded()) continue;  // text the parser refuses: nothing to adapt
    ExpectSameReport(operation, direction, document);
    ++documents;
    invalid +=
        Builtin().GetSchema(operation, direction).value()->Validate(document).valid() ? 0 : 1;
  }
  EXPECT_GT(documents, 150);
  EXPECT_GT(invalid, 50);  // the invalid ones are compared too, diagnostic by diagnostic
}

TEST(DocumentSource, NumbersOfEveryRepresentationAndBytesThatAreNotUtf8) {
  json stage = {
      {"ApiId", "a1"},
      {"StageName", "prod"},
      {"DefaultRouteSettings",
       {{"ThrottlingBurstLimit", 18446744073709551615ULL}, {"ThrottlingRateLimit", -1.5}}},
      {"StageVariables", {{"ok", "v"}, {"bad", std::string("\xff\xfe")}}}};
  ExpectSameReport("apigatewayv2.CreateStage", Direction::kInput, stage);
  ExpectSameReport("apigatewayv2.CreateStage", Direction::kInput, json::array({1, "x"}));
  ExpectSameReport("apigatewayv2.CreateStage", Direction::kInput, json(nullptr));
}

// What a binding's native values validate as: bytes and streams where a blob belongs, type
// errors anywhere else, and bytes counted as bytes.
Toy& MemberOf(Toy& object, std::string_view name) {
  for (auto& [key, member] : object.members) {
    if (key == name) return *member;
  }
  throw std::out_of_range(std::string(name));
}

std::string ErrorsOf(const std::string& operation, const Toy& document) {
  auto schema = Builtin().GetSchema(operation, Direction::kInput).value();
  std::string text;
  for (const Diagnostic& d : schema->Validate(ToySource(), &document).errors) {
    text += d.path + " " + std::string(CodeName(d.code)) + ": " + d.message + "\n";
  }
  return text;
}

TEST(DocumentSource, BytesAndStreamsAreBlobs) {
  // payload: a blob of 1 to 4096 bytes.
  auto document = ToyOf({{"profileName", "profile_1"}, {"payload", "x"}, {"payloadFormat", "f"}});
  Toy& payload = MemberOf(*document, "payload");
  payload.form = StringForm::kBytes;
  payload.text = std::string("\xff\x00\xfe", 3);  // any bytes: not text, still a blob
  EXPECT_EQ(ErrorsOf("signer.SignPayload", *document), "");
  payload.text = std::string(4097, '\xff');
  EXPECT_EQ(ErrorsOf("signer.SignPayload", *document),
            "/payload length: a bytes value has length 4097; allowed 1..4096 bytes\n");
  payload.form = StringForm::kStream;  // a stream's bytes are not read
  EXPECT_EQ(ErrorsOf("signer.SignPayload", *document), "");
  payload.form = StringForm::kForeign;
  payload.text = "set";
  EXPECT_EQ(ErrorsOf("signer.SignPayload", *document),
            "/payload type: expected a string (blob), got a value of type set\n");
}

TEST(DocumentSource, BytesAndStreamsAreTypeErrorsWhereTextBelongs) {
  auto document = ToyOf({{"KeyId", "k"}, {"Plaintext", "x"}, {"EncryptionContext", {{"a", "b"}}}});
  Toy& context_value = MemberOf(MemberOf(*document, "EncryptionContext"), "a");  // a map of strings
  context_value.form = StringForm::kBytes;
  EXPECT_EQ(ErrorsOf("kms.Encrypt", *document),
            "/EncryptionContext/a type: expected a string, got bytes\n");
  context_value.form = StringForm::kStream;
  EXPECT_EQ(ErrorsOf("kms.Encrypt", *document),
            "/EncryptionContext/a type: expected a string, got a file or stream\n");
}

}  // namespace
}  // namespace shapeguard
