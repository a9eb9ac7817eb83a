// The walks generated at build time bind to the schemas they were generated from, and only
// to those: every seeded operation has one, other services have none, and a schema whose
// shapes differ (another operation's, or the same with one fact changed) is refused.
#include "compiled_walk.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "schema_internals.h"
#include "shape_graph.h"
#include "shapeguard/catalog.h"
#include "test_support.h"

namespace shapeguard::internal {
namespace {

using testing_support::BuiltinCatalog;

std::shared_ptr<const Schema> SchemaOf(const std::string& name,
                                       Direction direction = Direction::kInput) {
  return BuiltinCatalog().GetSchema(name, direction).value();
}

TEST(CompiledWalk, EverySeededOperationHasOneInBothDirections) {
  std::size_t bound = 0;
  for (const std::string& service : BuiltinCatalog().SeededServices()) {
    for (const std::string& operation : BuiltinCatalog().Operations(service).value()) {
      for (Direction direction : {Direction::kInput, Direction::kOutput}) {
        auto schema = SchemaOf(service + "." + operation, direction);
        EXPECT_NE(CompiledWalkOf(*schema), nullptr) << service << "." << operation;
        ++bound;
      }
    }
  }
  EXPECT_EQ(bound, CompiledEntries().size());
}

TEST(CompiledWalk, OtherServicesHaveNone) {
  EXPECT_EQ(CompiledWalkOf(*SchemaOf("s3.PutObject")), nullptr);
  EXPECT_EQ(CompiledWalkOf(*SchemaOf("dynamodb.PutItem")), nullptr);
}

TEST(CompiledWalk, AnotherOperationsShapesAreRefused) {
  auto stage = SchemaOf("apigatewayv2.CreateStage");
  auto route = SchemaOf("apigatewayv2.CreateRoute");
  EXPECT_NE(BindCompiledWalk(ProgramOf(*stage), RootOf(*stage), "apigatewayv2", "CreateStage",
                             Direction::kInput),
            nullptr);
  EXPECT_EQ(BindCompiledWalk(ProgramOf(*route), RootOf(*route), "apigatewayv2", "CreateStage",
                             Direction::kInput),
            nullptr);
  EXPECT_EQ(BindCompiledWalk(ProgramOf(*stage), RootOf(*stage), "apigatewayv2", "CreateStage",
                             Direction::kOutput),
            nullptr);
}

// Each fact generated code decides from moves the fingerprint.
TEST(CompiledWalk, TheFingerprintCoversWhatGeneratedCodeReliesOn) {
  auto stage = SchemaOf("apigatewayv2.CreateStage");
  const Program& program = ProgramOf(*stage);
  const Slot& root = RootOf(*stage);
  std::uint64_t original = GraphOf(program, root).fingerprint;
  NodeId top = root.node;
  std::vector<std::function<void(Program&)>> changes = {
      [&](Program& p) { p.nodes[top].members[0].name += "x"; },
      [&](Program& p) { p.nodes[top].required.pop_back(); },
      [&](Program& p) { p.nodes[top].sensitive = !p.nodes[top].sensitive; },
      [&](Program& p) { p.nodes[top].is_union = !p.nodes[top].is_union; },
      [&](Program& p) { p.nodes[top].type = ShapeType::kMap; },
      [&](Program& p) { p.nodes[top].members.pop_back(); },
      [&](Program& p) {
        for (Member& m : p.nodes[top].members) {
          if (!m.slot.checks.empty()) {
            m.slot.checks.pop_back();
            return;
          }
        }
      },
      [&](Program& p) {
        for (Member& m : p.nodes[top].members) {
          if (m.slot.accept) {
            m.slot.accept = nullptr;
            return;
          }
        }
      },
      [&](Program& p) {
        for (Member& m : p.nodes[top].members) {
          if (m.slot.checks.empty() && p.nodes[m.slot.node].type == ShapeType::kString) {
            m.slot.nullable = !m.slot.nullable;
            return;
          }
        }
      },
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    Program changed = program;
    changes[i](changed);
    EXPECT_NE(GraphOf(changed, root).fingerprint, original) << "change " << i;
  }
  EXPECT_EQ(GraphOf(program, root).fingerprint, original);
}

// The quick pass's name comparison, at every width a structure may have: a name of every
// length shorter than the width, followed by bytes that are not the padded name's zeros (as on the
// tape), equals its padded copy and differs from it when any one of its bytes is changed.
template <std::size_t kWidth>
void ExpectQuickNamesEqualExactlyWhenEveryByteIs() {
  for (std::size_t length = 0; length < kWidth; ++length) {
    char padded[kWidth] = {};
    std::string text(length + kQuickNameBytes, '#');  // readable bytes past the name
    for (std::size_t i = 0; i < length; ++i) padded[i] = text[i] = static_cast<char>('a' + i % 26);
    std::string_view name(text.data(), length);
    ASSERT_TRUE(SameQuickName<kWidth>(name, padded)) << kWidth << " " << length;
    for (std::size_t at = 0; at < length; ++at) {
      text[at] ^= 0x20;
      ASSERT_FALSE(SameQuickName<kWidth>(name, padded)) << kWidth << " " << length << " " << at;
      text[at] ^= 0x20;
    }
  }
}

TEST(CompiledWalk, QuickNamesAreEqualExactlyWhenEveryByteIs) {
  ExpectQuickNamesEqualExactlyWhenEveryByteIs<8>();
  ExpectQuickNamesEqualExactlyWhenEveryByteIs<16>();
  ExpectQuickNamesEqualExactlyWhenEveryByteIs<24>();
  ExpectQuickNamesEqualExactlyWhenEveryByteIs<kQuickNameBytes>();
}

}  // namespace
}  // namespace shapeguard::internal
