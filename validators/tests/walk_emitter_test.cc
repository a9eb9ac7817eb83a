// The emitter defines each distinct node function once and only calls what it defines:
// over every seeded service, each function a walk calls is defined exactly once and no two
// definitions share a body; operations returning the same shape call the same function;
// a recursive shape's function calls itself by a name that is defined.
#include "walk_emitter.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "schema_internals.h"
#include "shape_graph.h"
#include "shapeguard/catalog.h"
#include "test_support.h"

namespace shapeguard::codegen {
namespace {

using testing_support::BuiltinCatalog;

// The walks of these operations, both directions, as the generator writes a source.
WalkSource SourceOf(const Catalog& catalog, const std::string& service,
                    const std::vector<std::string>& operations) {
  WalkSource source;
  for (const std::string& operation : operations) {
    for (Direction direction : {Direction::kInput, Direction::kOutput}) {
      auto schema = catalog.GetSchema(service + "." + operation, direction).value();
      const auto& program = internal::ProgramOf(*schema);
      const auto& root = internal::RootOf(*schema);
      source.Add(program, root, internal::GraphOf(program, root),
                 "Entry_" + operation + "_" + std::string(DirectionName(direction)), operation);
    }
  }
  return source;
}

// A source's functions as written: each node function's body, and what each one calls.
struct Functions {
  std::map<std::string, std::string> node_bodies;
  std::multiset<std::string> defined;
  std::map<std::string, std::set<std::string>> calls;
};

Functions Read(const std::string& text) {
  static const std::regex kDefinition(
      R"(^void (\w+)\(CompiledContext& c(, const Node& node)?[^;]*\) \{$)");
  static const std::regex kCall(R"((\w+)\(c, c\.nodes\[)");
  Functions functions;
  std::istringstream lines(text);
  std::string line, name;
  bool node_function = false;
  std::smatch match;
  while (std::getline(lines, line)) {
    if (std::regex_match(line, match, kDefinition)) {
      name = match[1];
      node_function = match[2].matched;
      functions.defined.insert(name);
    } else if (line == "}") {
      name.clear();
    } else if (!name.empty()) {
      if (node_function) functions.node_bodies[name] += line + "\n";
      for (std::sregex_iterator it(line.begin(), line.end(), kCall), end; it != end; ++it) {
        functions.calls[name].insert((*it)[1]);
      }
    }
  }
  return functions;
}

void ExpectEachCalledFunctionDefinedOnceAndNoNodeBodyTwice(const Functions& functions) {
  for (const auto& [caller, callees] : functions.calls) {
    for (const std::string& callee : callees) {
      EXPECT_EQ(functions.defined.count(callee), 1u) << caller << " calls " << callee;
    }
  }
  std::map<std::string, std::string> owner;
  for (const auto& [name, body] : functions.node_bodies) {
    EXPECT_EQ(functions.defined.count(name), 1u) << name;
    auto [at, fresh] = owner.emplace(body, name);
    EXPECT_TRUE(fresh) << name << " has the body of " << at->second;
  }
}

TEST(WalkEmitter, DefinesEachFunctionOfTheSeededServicesOnce) {
  for (const std::string& service : BuiltinCatalog().SeededServices()) {
    SCOPED_TRACE(service);
    WalkSource source =
        SourceOf(BuiltinCatalog(), service, BuiltinCatalog().Operations(service).value());
    Functions functions = Read(source.Text());
    ExpectEachCalledFunctionDefinedOnceAndNoNodeBodyTwice(functions);
    std::size_t entries = 2 * BuiltinCatalog().Operations(service).value().size();
    EXPECT_EQ(functions.node_bodies.size(), source.NodeFunctions());
    EXPECT_EQ(functions.defined.size(), source.NodeFunctions() + entries);
  }
}

TEST(WalkEmitter, OperationsReturningTheSameShapeCallTheSameFunction) {
  WalkSource source =
      SourceOf(BuiltinCatalog(), "apigatewayv2", {"CreateApi", "GetApi", "GetRoute"});
  Functions functions = Read(source.Text());
  const auto& create = functions.calls["Entry_CreateApi_output"];
  ASSERT_EQ(create.size(), 1u);
  EXPECT_EQ(functions.calls["Entry_GetApi_output"], create);
  EXPECT_NE(functions.calls["Entry_GetRoute_output"], create);
  EXPECT_NE(functions.calls["Entry_CreateApi_input"], create);
}

TEST(WalkEmitter, ARecursiveShapeCallsItselfByADefinedName) {
  Catalog catalog = testing_support::TestCatalog();
  WalkSource source = SourceOf(catalog, "testsvc", catalog.Operations("testsvc").value());
  Functions functions = Read(source.Text());
  ExpectEachCalledFunctionDefinedOnceAndNoNodeBodyTwice(functions);
  bool calls_itself = false;
  for (const auto& [caller, callees] : functions.calls) calls_itself |= callees.count(caller) > 0;
  EXPECT_TRUE(calls_itself);
}

}  // namespace
}  // namespace shapeguard::codegen
