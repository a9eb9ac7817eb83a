// Generated requests against the reference emulator, operation by operation: what reaches
// the server valid is never refused as a bad request and never fails; what reaches it with
// one rule broken is refused with 400 and the service's bad-request type. (Some breaks do
// not survive the wire, e.g. a number written as a string into a query string, which reads
// back as the number: the server judges what arrives, so those cases are discarded.) The
// harness self-checks every answer against the output contract.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <nlohmann/json.hpp>

#include "emulator_harness.h"
#include "instance_generator.h"
#include "run_property.h"
#include "test_support.h"
#include "wire/rest_json_request.h"
#include "wire/rest_json_request_decoder.h"
#include "wire/uri_template.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;
using testing_support::BuiltinCatalog;
using testing_support::RunningEmulator;

// How the server will read a request: its parameter form is valid or not. A GET's body does
// not reach it (cpp-httplib does not read one, and no GET operation has body members), so
// an undeclared member that EncodeRequest put there is not seen.
bool ArrivesValid(const Schema& input, const Operation& operation,
                  conformance::HttpRequest request) {
  if (!conformance::TakesBody(operation)) request.body.clear();  // as the emulator reads it
  auto match = conformance::MatchUriTemplate(operation.request_uri(), request.path);
  RC_ASSERT(match.has_value());
  auto decoded = conformance::DecodeRequest(operation, request, match->labels);
  RC_ASSERT(decoded.ok());
  return decoded->body_error.empty() && decoded->undeclared.empty() &&
         input.Validate(decoded->params).valid();
}

std::vector<std::string> ServedOperations() {
  auto emulator = Emulator::Create(BuiltinCatalog());
  return emulator.ok() ? emulator.value()->Operations() : std::vector<std::string>{};
}

class GeneratedRequests : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { server_ = new RunningEmulator(); }
  static void TearDownTestSuite() { delete server_; }
  static RunningEmulator* server_;
};
RunningEmulator* GeneratedRequests::server_ = nullptr;

TEST_P(GeneratedRequests, ValidOnesAreNeverBadRequestsOrFailures) {
  auto input = BuiltinCatalog().GetSchema(GetParam(), Direction::kInput).value();
  auto view = BuiltinCatalog().GetOperation(GetParam()).value();
  properties::CheckProperty(
      [&] {
        json params = *properties::ValidInstance(input);
        auto request = conformance::EncodeRequest(*view, params);
        // RC_PRE captures its expression's operands, so && would not short-circuit.
        bool sent_valid = request.ok() && ArrivesValid(*input, *view, request.value());
        RC_PRE(sent_valid);
        auto answer = server_->Exchange(GetParam(), request.value());
        RC_ASSERT(answer.status != 400);
        RC_ASSERT(answer.status < 500);
      },
      properties::PropertyCases(40));
}

TEST_P(GeneratedRequests, OneViolationIsABadRequest) {
  auto input = BuiltinCatalog().GetSchema(GetParam(), Direction::kInput).value();
  auto view = BuiltinCatalog().GetOperation(GetParam()).value();
  properties::CheckProperty(
      [&] {
        auto violation = *properties::OneViolation(input);
        auto request = conformance::EncodeRequest(*view, violation.document);
        bool sent_invalid = request.ok() && !ArrivesValid(*input, *view, request.value());
        RC_PRE(sent_invalid);
        auto answer = server_->Exchange(GetParam(), request.value());
        RC_ASSERT(answer.status == 400);
        RC_ASSERT(answer.error_type.value_or("") == "BadRequestException");
      },
      properties::PropertyCases(40));
}

INSTANTIATE_TEST_SUITE_P(ServedOperations, GeneratedRequests,
                         ::testing::ValuesIn(ServedOperations()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           name[name.find('.')] = '_';
                           return name;
                         });

}  // namespace
}  // namespace shapeguard::emulator
