// Scenarios one at a time, as the emulator fuzz harness drives them, against the in-process
// reference emulator: the clean emulator meets every oracle under every mutation, and a
// fault is found by the scenario aimed at it.
#include <gtest/gtest.h>

#include <memory>

#include "conform/runner.h"
#include "emulator/emulator.h"
#include "shapeguard/catalog.h"

namespace shapeguard::conformance {
namespace {

const Catalog& Builtin() {
  static const Catalog catalog = Catalog::Builtin().value();
  return catalog;
}

// A session whose requests go straight into `emulator`.
std::unique_ptr<ScenarioSession> SessionOn(emulator::Emulator& emulator,
                                           std::vector<std::string> operations = {}) {
  RunOptions options;
  options.endpoint = "http://in-process";
  options.operations = std::move(operations);
  options.transport = {"in-process", [&emulator](const HttpRequest& request) {
                         return Result<HttpResponse>(emulator.Handle(request));
                       }};
  return ScenarioSession::Create(Builtin(), options).value();
}

std::string Describe(const RunResult& result) {
  std::string text;
  for (const Finding& f : result.findings) {
    text += f.operation + " " + f.oracle + ": " + f.rule + "\n" + f.reproduce + "\n" +
            f.response.dump() + "\n";
  }
  return text;
}

TEST(ScenarioSession, TheReferenceEmulatorMeetsEveryOracleUnderEveryMutation) {
  auto emulator = emulator::Emulator::Create(Builtin()).value();
  auto session = SessionOn(*emulator);
  std::uint64_t requests = 0;
  for (std::size_t target = 0; target < session->targets().size(); ++target) {
    for (int tamper = 0; tamper < static_cast<int>(Tamper::kCount); ++tamper) {
      for (std::size_t choice = 0; choice < 3; ++choice) {
        session->Reseed(target * 100 + choice);
        // choice 1 and 2 also leave out the first and the second prerequisite.
        Mutation mutation{static_cast<Tamper>(tamper), choice, "{\"x\":1}",
                          static_cast<std::uint8_t>(choice)};
        ASSERT_TRUE(session->Run(target, mutation).ok());
      }
    }
  }
  requests = session->result().requests;
  EXPECT_GT(requests, 1000u);  // every target was reached
  EXPECT_TRUE(session->result().findings.empty()) << Describe(session->result());
}

TEST(ScenarioSession, AFaultIsFoundByTheScenarioAimedAtIt) {
  emulator::EmulatorOptions options;
  options.faults.Add(emulator::Fault::kStatus200OnDelete);
  auto emulator = emulator::Emulator::Create(Builtin(), options).value();
  auto session = SessionOn(*emulator, {"apigatewayv2.DeleteStage"});
  ASSERT_TRUE(session->Run(0, Mutation{}).ok());
  ASSERT_EQ(session->result().findings.size(), 1u) << Describe(session->result());
  EXPECT_EQ(session->result().findings[0].oracle, "positive-acceptance");
}

// Leaving CreateApi out makes CreateStage name an API that does not exist: an emulator that
// creates the stage anyway is found by the reference oracle.
TEST(ScenarioSession, APrerequisiteLeftOutMakesTheTargetNameNothing) {
  emulator::EmulatorOptions options;
  options.faults.Add(emulator::Fault::kCreateUnderUnknownParent);
  auto faulty = emulator::Emulator::Create(Builtin(), options).value();
  auto session = SessionOn(*faulty, {"apigatewayv2.CreateStage"});
  Mutation left_out;
  left_out.absent = 1;
  ASSERT_TRUE(session->Run(0, left_out).ok());
  ASSERT_EQ(session->result().findings.size(), 1u) << Describe(session->result());
  EXPECT_EQ(session->result().findings[0].oracle, "reference");
  EXPECT_NE(session->result().findings[0].rule.find("ApiId in the URI"), std::string::npos);
  // The contract-strict emulator answers 404 NotFoundException: nothing to find.
  auto strict = emulator::Emulator::Create(Builtin()).value();
  auto clean = SessionOn(*strict, {"apigatewayv2.CreateStage"});
  ASSERT_TRUE(clean->Run(0, left_out).ok());
  EXPECT_TRUE(clean->result().findings.empty()) << Describe(clean->result());
  EXPECT_EQ(clean->result().requests, 1u);  // CreateApi left out: only the target was sent
}

}  // namespace
}  // namespace shapeguard::conformance
