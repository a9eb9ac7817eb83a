// arn: an ARN of one of the kinds the check takes; broken by an ARN of another service.
#include <vector>

#include "choice.h"
#include "kinds/kind_generators.h"
#include "kinds/pieces.h"
#include "string_generator.h"

namespace shapeguard::properties {

std::string GenerateArn(const nlohmann::json& args) {
  const nlohmann::json& kind = PickFrom(args.at("kinds"));
  auto regex = RegexOf(kind.at("resource").get<std::string>());
  if (!regex.ok()) throw rc::GenerationFailure(regex.error());
  static const std::vector<std::string> kRegions = {"us-east-1", "eu-west-1", "ap-southeast-2",
                                                    "sa-east-1"};
  return "arn:aws:" + kind.at("service").get<std::string>() + ":" + PickFrom(kRegions) + ":" +
         Digits(12) + ":" + *regex.value().Matching();
}

Breaker BreakArn(const nlohmann::json& args) {
  // An S3 bucket's ARN is the wrong kind, unless the check takes S3 ARNs.
  for (const auto& k : args.at("kinds")) {
    if (k.at("service") == "s3") return {Code::kArn, "not-an-arn"};
  }
  return {Code::kArn, "arn:aws:s3:::shapeguard-example-bucket"};
}

}  // namespace shapeguard::properties
