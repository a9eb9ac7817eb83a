#include "emulator_harness.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "wire/rest_json_request.h"

namespace shapeguard::testing_support {

using conformance::DecodedResponse;
using nlohmann::json;

RunningEmulator::RunningEmulator(emulator::EmulatorOptions options)
    : strict_(options.faults.empty()) {
  auto created = emulator::Emulator::Create(BuiltinCatalog(), std::move(options));
  if (!created.ok()) ADD_FAILURE() << created.error();
  emulator_ = std::move(created).value();
  emulator::Emulator& emulator = *emulator_;
  auto server = http::HttpServer::Bind({}, [&emulator](const conformance::HttpRequest& request) {
    return emulator.Handle(request);
  });
  if (!server.ok()) ADD_FAILURE() << server.error();
  server_ = std::move(server).value();
  // Bind already listens, so the client may connect before the thread runs.
  thread_ = std::thread([this] { server_->Run(); });
  url_ = "http://127.0.0.1:" + std::to_string(server_->port());
  auto client = conformance::HttpClient::Create(url_);
  if (!client.ok()) ADD_FAILURE() << client.error();
  client_ = std::make_unique<conformance::HttpClient>(std::move(client).value());
}

RunningEmulator::~RunningEmulator() {
  client_.reset();
  server_->Stop();
  thread_.join();
}

conformance::HttpResponse RunningEmulator::Send(const conformance::HttpRequest& request) {
  auto response = client_->Send(request);
  EXPECT_TRUE(response.ok()) << response.error();
  return response.ok() ? response.value() : conformance::HttpResponse{};
}

DecodedResponse RunningEmulator::Call(const std::string& operation, const json& params) {
  auto view = BuiltinCatalog().GetOperation(operation);
  EXPECT_TRUE(view.ok()) << operation;
  if (!view.ok()) return {};
  auto request = conformance::EncodeRequest(*view.value(), params);
  EXPECT_TRUE(request.ok()) << request.error();
  if (!request.ok()) return {};
  return Exchange(operation, request.value());
}

DecodedResponse RunningEmulator::Exchange(const std::string& operation,
                                          const conformance::HttpRequest& request) {
  auto view = BuiltinCatalog().GetOperation(operation);
  EXPECT_TRUE(view.ok()) << operation;
  if (!view.ok()) return {};
  auto decoded = conformance::DecodeResponse(*view.value(), Send(request));
  EXPECT_TRUE(decoded.ok()) << decoded.error();
  if (!decoded.ok()) return {};
  if (strict_) SelfCheck(operation, decoded.value());
  return std::move(decoded).value();
}

void RunningEmulator::SelfCheck(const std::string& operation, const DecodedResponse& response) {
  SCOPED_TRACE(operation + " answered " + std::to_string(response.status) + " " +
               response.raw_body_text);
  EXPECT_LT(response.status, 500);
  EXPECT_EQ(response.body_error, "");
  if (!response.raw_body_text.empty() && response.raw_body.is_object()) {
    auto type = response.headers.find("content-type");
    ASSERT_NE(type, response.headers.end());
    EXPECT_EQ(type->second, "application/json");
  }
  if (response.is_error()) {
    EXPECT_TRUE(response.headers.count("x-amzn-errortype"));
    EXPECT_TRUE(response.error_type.has_value());
    EXPECT_FALSE(response.error_message.empty());
    return;
  }
  EXPECT_TRUE(response.undeclared.empty());
  auto output = BuiltinCatalog().GetSchema(operation, Direction::kOutput);
  Report report = output.value()->Validate(response.params);
  for (const Diagnostic& d : report.errors) {
    ADD_FAILURE() << "response breaks " << d.path << ": " << d.message;
  }
}

}  // namespace shapeguard::testing_support
