// Each injectable fault of the reference emulator changes exactly its one behaviour: one
// fixed scenario of probes runs against the clean emulator and against the emulator with
// each fault; the probes whose observed answer differs must be exactly those the fault is
// meant to change, and at least one.
#include <gtest/gtest.h>

#include <functional>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "emulator/faults.h"
#include "emulator_harness.h"
#include "test_support.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;
using testing_support::RunningEmulator;

// Ids the scenario's requests refer to, filled from earlier answers.
struct ScenarioState {
  std::string api, rest_api, first_deployment, second_deployment, application, extension,
      association;
};

// One request of the scenario and the faults that must change its observed answer.
struct Probe {
  std::string name;
  std::string operation;
  std::function<json(const ScenarioState&)> params;
  std::set<Fault> changed_by;
  // Stores an id of the answer for later probes.
  std::function<void(const json&, ScenarioState&)> remember = nullptr;
};

const char kLogGroup[] = "arn:aws:logs:us-east-1:123456789012:log-group:access-logs";

std::vector<Probe> Scenario() {
  const std::set<Fault> kNone;
  const Fault kCreate = Fault::kStatus200OnCreate, kDelete = Fault::kStatus200OnDelete,
              kDrop = Fault::kDropMemberInResponse, kIgnore = Fault::kIgnoreUpdate,
              kType = Fault::kWrongErrorType, kIso = Fault::kIsoTimestampsInEpochBody,
              kParent = Fault::kCreateUnderUnknownParent, kKeep = Fault::kDeleteKeepsResource,
              kUnknown = Fault::kDeleteUnknownSucceeds, kNested = Fault::kIgnoreNestedPatch;
  return {
      {"create api",
       "apigatewayv2.CreateApi",
       [](const ScenarioState&) {
         return json{{"Name", "pets"}, {"ProtocolType", "HTTP"}};
       },
       {kCreate},
       [](const json& p, ScenarioState& s) { s.api = p.value("ApiId", ""); }},
      {"create stage",
       "apigatewayv2.CreateStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "prod"}, {"StageVariables", {{"a", "1"}}}};
       },
       {kCreate, kDrop}},
      {"duplicate stage",
       "apigatewayv2.CreateStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "prod"}, {"StageVariables", {{"a", "1"}}}};
       },
       {Fault::kAcceptDuplicateStage}},
      {"invalid stage variable",
       "apigatewayv2.CreateStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "bad"}, {"StageVariables", {{"a-b", "1"}}}};
       },
       {Fault::kAcceptInvalidStageVariables, kType}},
      {"access log without request id",
       "apigatewayv2.CreateStage",
       [](const ScenarioState& s) {
         return json{
             {"ApiId", s.api},
             {"StageName", "logs"},
             {"AccessLogSettings", {{"DestinationArn", kLogGroup}, {"Format", "$context.status"}}}};
       },
       {Fault::kSkipRequestIdCheck, kType}},
      {"stage under unknown api",
       "apigatewayv2.CreateStage",
       [](const ScenarioState&) {
         return json{{"ApiId", "nosuchapi0"}, {"StageName", "prod"}};
       },
       {kParent}},
      {"update stage",
       "apigatewayv2.UpdateStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "prod"}, {"Description", "live"}};
       },
       {kIgnore, kDrop}},
      {"get stage",
       "apigatewayv2.GetStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "prod"}};
       },
       {kIgnore, kDrop}},
      {"delete stage",
       "apigatewayv2.DeleteStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "prod"}};
       },
       {kDelete}},
      {"get deleted stage",
       "apigatewayv2.GetStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "prod"}};
       },
       {kKeep}},
      {"delete stage again",
       "apigatewayv2.DeleteStage",
       [](const ScenarioState& s) {
         return json{{"ApiId", s.api}, {"StageName", "prod"}};
       },
       {kKeep, kUnknown}},
      {"create rest api",
       "apigateway.CreateRestApi",
       [](const ScenarioState&) {
         return json{{"name", "pets"}};
       },
       {kCreate, kIso},
       [](const json& p, ScenarioState& s) { s.rest_api = p.value("id", ""); }},
      {"first deployment",
       "apigateway.CreateDeployment",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api}};
       },
       {kCreate, kIso},
       [](const json& p, ScenarioState& s) { s.first_deployment = p.value("id", ""); }},
      {"second deployment",
       "apigateway.CreateDeployment",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api}};
       },
       {kCreate, kIso},
       [](const json& p, ScenarioState& s) { s.second_deployment = p.value("id", ""); }},
      {"create rest stage",
       "apigateway.CreateStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api},
                     {"stageName", "beta"},
                     {"deploymentId", s.first_deployment},
                     {"variables", {{"v", "1"}}}};
       },
       {kCreate, kDrop, kIso}},
      {"rest stage under unknown rest api",
       "apigateway.CreateStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", "nosuchrest"},
                     {"stageName", "beta"},
                     {"deploymentId", s.first_deployment}};
       },
       {kParent}},
      {"rest stage with unknown deployment",
       "apigateway.CreateStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api}, {"stageName", "gamma"}, {"deploymentId", "nosuch"}};
       },
       {Fault::kAcceptUnknownDeploymentId}},
      {"patch canary deployment",
       "apigateway.UpdateStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api},
                     {"stageName", "beta"},
                     {"patchOperations",
                      {{{"op", "replace"},
                        {"path", "/canarySettings/deploymentId"},
                        {"value", s.second_deployment}}}}};
       },
       {Fault::kPatchSubstringMatch, kIgnore, kDrop, kIso, kNested}},
      {"patch adds a variable",
       "apigateway.UpdateStage",
       [](const ScenarioState& s) {
         return json{
             {"restApiId", s.rest_api},
             {"stageName", "beta"},
             {"patchOperations", {{{"op", "replace"}, {"path", "/variables/w"}, {"value", "2"}}}}};
       },
       // The answer shows the whole stage, so the canary patch's fault shows here too.
       {Fault::k500OnAddVariable, Fault::kPatchSubstringMatch, kIgnore, kDrop, kIso, kNested}},
      {"patch method setting",
       "apigateway.UpdateStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api},
                     {"stageName", "beta"},
                     {"patchOperations",
                      {{{"op", "replace"}, {"path", "/*/*/metrics/enabled"}, {"value", "true"}}}}};
       },
       {Fault::k500OnAddVariable, Fault::kPatchSubstringMatch, kIgnore, kDrop, kIso, kNested}},
      {"patch unknown path",
       "apigateway.UpdateStage",
       [](const ScenarioState& s) {
         return json{
             {"restApiId", s.rest_api},
             {"stageName", "beta"},
             {"patchOperations", {{{"op", "replace"}, {"path", "/nonsense"}, {"value", "x"}}}}};
       },
       {Fault::kIgnoreUnknownPatchPath, kType}},
      {"get rest stage",
       "apigateway.GetStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api}, {"stageName", "beta"}};
       },
       {Fault::kPatchSubstringMatch, Fault::k500OnAddVariable, kIgnore, kDrop, kIso, kNested}},
      {"delete rest stage",
       "apigateway.DeleteStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api}, {"stageName", "beta"}};
       },
       {kDelete}},
      {"get deleted rest stage",
       "apigateway.GetStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api}, {"stageName", "beta"}};
       },
       {kKeep}},
      {"delete rest stage again",
       "apigateway.DeleteStage",
       [](const ScenarioState& s) {
         return json{{"restApiId", s.rest_api}, {"stageName", "beta"}};
       },
       {kKeep, kUnknown}},
      {"create application",
       "appconfig.CreateApplication",
       [](const ScenarioState&) {
         return json{{"Name", "shop"}};
       },
       {kCreate},
       [](const json& p, ScenarioState& s) { s.application = p.value("Id", ""); }},
      {"create extension",
       "appconfig.CreateExtension",
       [](const ScenarioState&) {
         return json{{"Name", "notify"},
                     {"Actions",
                      {{"ON_DEPLOYMENT_COMPLETE",
                        {{{"Name", "bus"},
                          {"Uri", "arn:aws:events:us-east-1:123456789012:event-bus/default"},
                          {"RoleArn", "arn:aws:iam::123456789012:role/appconfig-ext"}}}}}}};
       },
       {kCreate},
       [](const json& p, ScenarioState& s) { s.extension = p.value("Id", ""); }},
      {"update extension",
       "appconfig.UpdateExtension",
       [](const ScenarioState& s) {
         return json{{"ExtensionIdentifier", s.extension}, {"Description", "changed"}};
       },
       {kIgnore}},
      {"create association",
       "appconfig.CreateExtensionAssociation",
       [](const ScenarioState& s) {
         return json{{"ExtensionIdentifier", s.extension}, {"ResourceIdentifier", s.application}};
       },
       {kCreate},
       [](const json& p, ScenarioState& s) { s.association = p.value("Id", ""); }},
      {"delete association",
       "appconfig.DeleteExtensionAssociation",
       [](const ScenarioState& s) {
         return json{{"ExtensionAssociationId", s.association}};
       },
       {kDelete}},
      {"get deleted association",
       "appconfig.GetExtensionAssociation",
       [](const ScenarioState& s) {
         return json{{"ExtensionAssociationId", s.association}};
       },
       {kKeep}},
      {"delete association again",
       "appconfig.DeleteExtensionAssociation",
       [](const ScenarioState& s) {
         return json{{"ExtensionAssociationId", s.association}};
       },
       {kKeep, kUnknown}},
      {"delete extension",
       "appconfig.DeleteExtension",
       [](const ScenarioState& s) {
         return json{{"ExtensionIdentifier", s.extension}};
       },
       {kDelete}},
      {"list extensions after delete",
       "appconfig.ListExtensions",
       [](const ScenarioState&) { return json::object(); },
       {kKeep}},
      {"delete extension again",
       "appconfig.DeleteExtension",
       [](const ScenarioState& s) {
         return json{{"ExtensionIdentifier", s.extension}};
       },
       {kKeep, kUnknown}},
      {"get unknown connection",
       "apigatewaymanagementapi.GetConnection",
       [](const ScenarioState&) {
         return json{{"ConnectionId", "gone1="}};
       },
       {Fault::kNo410ForUnknownConnection}},
      {"delete unknown connection",
       "apigatewaymanagementapi.DeleteConnection",
       [](const ScenarioState&) {
         return json{{"ConnectionId", "gone2="}};
       },
       {Fault::kNo410ForUnknownConnection}},
      // Last: a create that succeeds draws an id, which would shift every later id.
      {"deployment under unknown rest api",
       "apigateway.CreateDeployment",
       [](const ScenarioState&) {
         return json{{"restApiId", "nosuchrest"}};
       },
       {kParent}},
  };
}

// What a conformance runner can see of an answer, with each time replaced by its JSON type:
// times differ from run to run, their wire form (epoch number or ISO string) does not.
json Observe(const conformance::DecodedResponse& response) {
  json body = response.raw_body;
  if (body.is_object()) {
    for (const char* time : {"CreatedDate", "LastUpdatedDate", "createdDate", "lastUpdatedDate",
                             "connectedAt", "lastActiveAt"}) {
      auto it = body.find(time);
      if (it != body.end()) *it = it->type_name();
    }
  }
  auto type = response.headers.find("content-type");
  return {{"status", response.status},
          {"error_type", response.error_type.value_or("")},
          {"content_type", type == response.headers.end() ? "" : type->second},
          {"body", body}};
}

std::vector<json> RunScenario(EmulatorOptions options) {
  RunningEmulator server(std::move(options));
  ScenarioState state;
  std::vector<json> observed;
  for (const Probe& probe : Scenario()) {
    auto response = server.Call(probe.operation, probe.params(state));
    if (probe.remember && !response.is_error()) probe.remember(response.params, state);
    observed.push_back(Observe(response));
  }
  return observed;
}

const std::vector<json>& CleanRun() {
  static const std::vector<json> observed = RunScenario({});
  return observed;
}

// Two faults touch every answer of a kind rather than the probes that name them:
// text/plain every JSON answer, null-for-absent-member every JSON success body.
bool ChangesAnswer(Fault fault, const Probe& probe, const json& clean) {
  if (fault == Fault::kTextPlainContentType) {
    return !clean["content_type"].get<std::string>().empty();
  }
  if (fault == Fault::kNullForAbsentMember) {
    return clean["status"].get<int>() < 300 && clean["body"].is_object();
  }
  return probe.changed_by.count(fault) > 0;
}

// A changed answer of those two faults without the fault's mark (the content type, the null
// members), which must be the clean answer: they change nothing else.
json WithoutMark(Fault fault, json observed, const json& clean) {
  if (fault == Fault::kTextPlainContentType) {
    EXPECT_EQ(observed["content_type"], "text/plain");
    observed["content_type"] = clean["content_type"];
  }
  if (fault == Fault::kNullForAbsentMember) {
    json& body = observed["body"];
    std::size_t members = body.size();
    for (auto it = body.begin(); it != body.end();) {
      it = it->is_null() ? body.erase(it) : std::next(it);
    }
    EXPECT_LT(body.size(), members) << "no null member";
  }
  return observed;
}

class EachFault : public ::testing::TestWithParam<FaultInfo> {};

TEST_P(EachFault, ChangesExactlyTheProbesOfItsBehaviour) {
  Fault fault = GetParam().fault;
  EmulatorOptions options;
  options.faults.Add(fault);
  std::vector<json> faulty = RunScenario(options);
  std::vector<Probe> scenario = Scenario();
  ASSERT_EQ(faulty.size(), CleanRun().size());
  int changed = 0;
  for (std::size_t i = 0; i < scenario.size(); ++i) {
    const json& clean = CleanRun()[i];
    bool expected = ChangesAnswer(fault, scenario[i], clean);
    bool differs = faulty[i] != clean;
    EXPECT_EQ(differs, expected) << scenario[i].name << "\nclean:  " << clean.dump()
                                 << "\nfaulty: " << faulty[i].dump();
    bool marks_all = fault == Fault::kTextPlainContentType || fault == Fault::kNullForAbsentMember;
    if (marks_all && expected) {
      EXPECT_EQ(WithoutMark(fault, faulty[i], clean), clean) << scenario[i].name;
    }
    changed += differs;
  }
  EXPECT_GT(changed, 0);
}

INSTANTIATE_TEST_SUITE_P(Faults, EachFault, ::testing::ValuesIn(AllFaults()),
                         [](const ::testing::TestParamInfo<FaultInfo>& info) {
                           std::string name;
                           for (char c : info.param.name) name += c == '-' ? '_' : c;
                           return "f" + name;
                         });

TEST(Faults, NamesAreUniqueAndRoundTrip) {
  std::set<std::string_view> names;
  for (const FaultInfo& info : AllFaults()) {
    EXPECT_TRUE(names.insert(info.name).second) << info.name;
    EXPECT_EQ(FaultFromName(info.name), info.fault);
    EXPECT_FALSE(info.description.empty());
  }
  EXPECT_GE(names.size(), 10u);
  EXPECT_FALSE(FaultFromName("no-such-fault").has_value());
}

// A fault is named by its whole name: `serve --fault accept` is a usage error, not the first
// fault whose name starts that way.
TEST(Faults, OnlyAWholeNameNamesAFault) {
  EXPECT_FALSE(FaultFromName("accept").has_value());
  EXPECT_FALSE(FaultFromName("").has_value());
  EXPECT_FALSE(FaultFromName("status-200-on-create-x").has_value());
  EXPECT_EQ(FaultFromName("status-200-on-create"), Fault::kStatus200OnCreate);
}

// FAULTS.md documents the table: one row per fault, in table order, naming the hook.
TEST(Faults, FaultsPageListsTheTableInOrder) {
  std::istringstream page(testing_support::ReadSourceFile("conformance/emulator/FAULTS.md"));
  std::vector<std::string> rows;
  for (std::string line; std::getline(page, line);) {
    if (line.starts_with("| `")) rows.push_back(line);
  }
  ASSERT_EQ(rows.size(), AllFaults().size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const FaultInfo& info = AllFaults()[i];
    EXPECT_TRUE(rows[i].starts_with("| `" + std::string(info.name) + "` |")) << rows[i];
    EXPECT_TRUE(rows[i].ends_with(" " + std::string(info.hook) + " |")) << rows[i];
  }
}

}  // namespace
}  // namespace shapeguard::emulator
