// Shape and member traits across AWS's models: what validation does with them and what
// `explain` says of them (sensitive values, streams, idempotency tokens, host labels).
#include <gtest/gtest.h>

#include "shapeguard/catalog.h"
#include "shapeguard/explain.h"

namespace shapeguard {
namespace {

const Catalog& Builtin() {
  static const Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  return *catalog;
}

Report Validate(const std::string& operation, const nlohmann::json& document) {
  return Builtin().GetSchema(operation, Direction::kInput).value()->Validate(document);
}

std::string ExplainOf(const std::string& operation, Direction direction = Direction::kInput) {
  return Explain(*Builtin().GetSchema(operation, direction).value());
}

// A sensitive value (cognito-idp's PasswordType) is never echoed in a message.
TEST(SensitiveShapes, MessagesShowAPlaceholder) {
  Report report = Validate("cognito-idp.SignUp",
                           {{"ClientId", "client"}, {"Username", "u"}, {"Password", "   \t "}});
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].path, "/Password");
  EXPECT_EQ(report.errors[0].code, Code::kPattern);
  EXPECT_EQ(report.errors[0].message.find("\\t"), std::string::npos) << report.errors[0].message;
  EXPECT_NE(report.errors[0].message.find("(a sensitive value, not shown)"), std::string::npos);
  // A value too long: its length is reported, the value is not.
  Report long_one =
      Validate("cognito-idp.SignUp",
               {{"ClientId", "client"}, {"Username", "u"}, {"Password", std::string(300, 'x')}});
  ASSERT_EQ(long_one.errors.size(), 1u);
  EXPECT_EQ(long_one.errors[0].message.find("xxx"), std::string::npos);
  // Not sensitive (an attribute's name): the value is quoted as usual.
  Report plain =
      Validate("cognito-idp.SignUp",
               {{"ClientId", "client"}, {"Username", "u"}, {"ValidationData", {{{"Name", ""}}}}});
  ASSERT_FALSE(plain.errors.empty());
  EXPECT_EQ(plain.errors[0].path, "/ValidationData/0/Name");
  EXPECT_NE(plain.errors[0].message.find("\"\""), std::string::npos) << plain.errors[0].message;
  EXPECT_NE(ExplainOf("cognito-idp.SignUp").find("sensitive (messages never show its value)"),
            std::string::npos);
}

// What is inside a sensitive container (appconfig's DynamicParameterMap) is sensitive too:
// neither its keys nor its values are shown.
TEST(SensitiveShapes, InsideASensitiveMapEverythingIs) {
  Report report = Validate("appconfig.StartDeployment",
                           {{"ApplicationId", "abc1234"},
                            {"EnvironmentId", "abc1234"},
                            {"DeploymentStrategyId", "abc1234"},
                            {"ConfigurationProfileId", "abc1234"},
                            {"ConfigurationVersion", "1"},
                            {"DynamicExtensionParameters", {{"secret-key", "secret-value"}}}});
  ASSERT_FALSE(report.errors.empty());
  for (const Diagnostic& d : report.errors) {
    EXPECT_EQ(d.message.find("secret"), std::string::npos) << d.path << ": " << d.message;
  }
  EXPECT_EQ(report.errors[0].path, "/DynamicExtensionParameters/secret-key");
}

// Streams are validated only as far as the parameter form allows, and explain says so.
TEST(Streams, ExplainSaysWhatIsValidated) {
  EXPECT_NE(ExplainOf("s3.PutObject").find("Body  Body (blob), streaming (validated as bytes"),
            std::string::npos);
  EXPECT_NE(ExplainOf("kinesis.SubscribeToShard", Direction::kOutput)
                .find("event stream (not validated: the parameter form holds an iterator"),
            std::string::npos);
  EXPECT_NE(ExplainOf("omics.UploadReadSetPart").find("its length must be known before sending"),
            std::string::npos);
  // Bytes given whole are accepted where a stream goes.
  EXPECT_TRUE(Validate("s3.PutObject", {{"Bucket", "b"}, {"Key", "k"}, {"Body", "bytes"}}).valid());
}

TEST(IdempotencyTokens, ExplainNamesThem) {
  EXPECT_NE(ExplainOf("ec2.RunInstances")
                .find("ClientToken  String (string), idempotency token (SDKs fill it in when "
                      "absent)"),
            std::string::npos);
  // Optional: SDKs fill it in, so a request without it is valid.
  EXPECT_TRUE(Validate("ec2.RunInstances", {{"MinCount", 1}, {"MaxCount", 1}}).valid());
}

// A host label becomes part of the endpoint's host name: one DNS label, as SDKs require.
TEST(HostLabels, MustBeOneDnsLabel) {
  auto request = [](const std::string& account) {
    return nlohmann::json{{"AccountId", account}, {"Name", "point"}, {"Bucket", "bucket"}};
  };
  EXPECT_TRUE(Validate("s3control.CreateAccessPoint", request("123456789012")).valid());
  Report bad = Validate("s3control.CreateAccessPoint", request("123456789012.evil.example"));
  bool host_label_error = false;
  for (const Diagnostic& d : bad.errors) {
    host_label_error =
        host_label_error || (d.path == "/AccountId" && d.code == Code::kPattern &&
                             d.message.find("[A-Za-z0-9-]{0,61}") != std::string::npos);
  }
  EXPECT_TRUE(host_label_error) << bad.errors.size();
  EXPECT_NE(ExplainOf("s3control.CreateAccessPoint")
                .find("host label (also part of the endpoint's host name)"),
            std::string::npos);
}

}  // namespace
}  // namespace shapeguard
