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
#include <vector>

#include "service_walks.h"
#include "shapeguard/catalog.h"
#include "test_support.h"

namespace shapeguard::codegen {
namespace {

using testing_support::BuiltinCatalog;

// The walks of these operations, both directions, in one source as the generator writes
// it; `entries` names each walk's entry function.
WalkSource SourceOf(const Catalog& catalog, const std::string& service,
                    const std::vector<std::string>& operations,
                    std::vector<WalkEntry>* entries = nullptr) {
  WalkSource source;
  std::vector<WalkEntry> added;
  Status status = AddServiceWalks(catalog, service, operations, source, added);
  EXPECT_TRUE(status.ok()) << status.message();
  if (entries) *entries = std::move(added);
  return source;
}

// The entry function of an operation's walk in one direction.
std::string EntryOf(const std::vector<WalkEntry>& entries, const std::string& operation,
                    Direction direction) {
  for (const WalkEntry& e : entries) {
    if (e.operation == operation && e.direction == direction) return e.function;
  }
  ADD_FAILURE() << "no walk of " << operation;
  return "";
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
  std::vector<WalkEntry> entries;
  WalkSource source =
      SourceOf(BuiltinCatalog(), "apigatewayv2", {"CreateApi", "GetApi", "GetRoute"}, &entries);
  Functions functions = Read(source.Text());
  auto calls = [&](const char* operation, Direction direction) {
    return functions.calls[EntryOf(entries, operation, direction)];
  };
  const auto create = calls("CreateApi", Direction::kOutput);
  ASSERT_EQ(create.size(), 1u);
  EXPECT_EQ(calls("GetApi", Direction::kOutput), create);
  EXPECT_NE(calls("GetRoute", Direction::kOutput), create);
  EXPECT_NE(calls("CreateApi", Direction::kInput), create);
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
