// Property: an operation compiled alone (what a catalog does for the first operation it is
// asked for, so that a one-document run does not compile the whole service) validates
// exactly like the same operation compiled with the whole service. (That it is compiled
// alone is validators/tests/compile_alone_test.cc.)
#include <gtest/gtest.h>

#include <map>
#include <utility>

#include "choice.h"
#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

// The schema of an operation from a program that holds that operation only. Adding an empty
// overlay drops the service's programs, so the next request is again the first one.
std::shared_ptr<const Schema> CompiledAlone(const Schema& schema) {
  static auto* cache =
      new std::map<std::pair<std::string, Direction>, std::shared_ptr<const Schema>>;
  static Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  auto key = std::make_pair(schema.qualified_name(), schema.direction());
  if (auto it = cache->find(key); it != cache->end()) return it->second;
  std::string empty = R"({"service": ")" + schema.service() + R"(", "sources": {}, "rules": []})";
  EXPECT_TRUE(catalog->AddOverlay(empty, "empty overlay").ok());
  auto alone = catalog->GetSchema(schema.qualified_name(), schema.direction()).value();
  return cache->emplace(key, alone).first->second;
}

// The schema of an operation from the program of its whole service.
std::shared_ptr<const Schema> CompiledWithService(const Schema& schema) {
  static Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  EXPECT_TRUE(catalog->Warnings(schema.service()).ok());  // compiles the whole service
  return catalog->GetSchema(schema.qualified_name(), schema.direction()).value();
}

TEST(OperationCompile, AloneValidatesLikeTheWholeService) {
  CheckProperty([] {
    std::shared_ptr<const Schema> schema = PickFrom(AllSchemas());
    nlohmann::json document = Coin() ? *ValidInstance(schema) : (*OneViolation(schema)).document;
    Report alone = CompiledAlone(*schema)->Validate(document);
    Report whole = CompiledWithService(*schema)->Validate(document);
    RC_LOG() << schema->qualified_name() << " " << document.dump() << "\nalone:\n"
             << Describe(alone) << "whole:\n"
             << Describe(whole);
    RC_ASSERT(alone.errors == whole.errors);
    RC_ASSERT(alone.warnings == whole.warnings);
  });
}

}  // namespace
}  // namespace shapeguard::properties
