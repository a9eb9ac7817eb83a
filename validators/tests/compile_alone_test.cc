// A catalog compiles the first operation it is asked for alone, so that a one-document run
// does not compile the whole service; asking for a service's warnings compiles all of it.
// (properties/tests/operation_compile_test.cc shows the two validate alike.)
#include <gtest/gtest.h>

#include "program.h"
#include "schema_internals.h"
#include "shapeguard/catalog.h"

namespace shapeguard {
namespace {

TEST(CompileAlone, TheFirstOperationAskedForIsCompiledAlone) {
  Catalog first = Catalog::Builtin().value();
  auto alone = first.GetSchema("apigatewayv2.CreateStage", Direction::kInput);
  ASSERT_TRUE(alone.ok()) << alone.error();
  Catalog whole = Catalog::Builtin().value();
  ASSERT_TRUE(whole.Warnings("apigatewayv2").ok());  // compiles the whole service
  auto with_service = whole.GetSchema("apigatewayv2.CreateStage", Direction::kInput);
  ASSERT_TRUE(with_service.ok()) << with_service.error();

  const internal::Program& small = internal::ProgramOf(*alone.value());
  const internal::Program& full = internal::ProgramOf(*with_service.value());
  EXPECT_EQ(small.operations.size(), 1u);
  EXPECT_EQ(full.operations.size(), 103u);
  // Fewer nodes: the point of compiling alone.
  EXPECT_LT(small.nodes.size() * 10, full.nodes.size());
}

}  // namespace
}  // namespace shapeguard
