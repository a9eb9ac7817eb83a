// "arn": the value is an ARN of one of the listed kinds. Each kind names a service and a
// regex the resource part must match in full, e.g. a CloudWatch Logs log group:
//   {"name": "a CloudWatch Logs log group", "service": "logs",
//    "resource": "log-group:[.\\-_/#A-Za-z0-9]{1,512}",
//    "hint": "a log-group ARN without the trailing \":*\""}
// Region and account must be present unless the kind says "global": true (IAM, S3).
#include "shapeguard/arn.h"

#include <memory>
#include <vector>

#include "checks/args.h"
#include "checks/registry.h"
#include "checks/value_pieces.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

struct ArnKind {
  std::string name;
  std::string service;
  std::shared_ptr<const Matcher> resource;
  std::string hint;
  bool global = false;
};

class ArnCheck : public Check {
 public:
  ArnCheck(std::vector<ArnKind> kinds, std::string source)
      : Check("arn", std::move(source)), kinds_(std::move(kinds)) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    std::string why;
    auto arn = ParseArn(value.text, &why);
    if (!arn) {
      sink.Error(*this, Code::kArn, QuotedValue(value) + " is not an ARN: " + why);
      return;
    }
    for (const ArnKind& kind : kinds_) {
      if (arn->service != kind.service) continue;
      if (!kind.global && (arn->region.empty() || arn->account.empty())) {
        sink.Error(*this, Code::kArn,
                   QuotedValue(value) + " lacks a region or account, which the ARN of " +
                       kind.name + " has");
        return;
      }
      if (kind.resource->Matches(arn->resource)) return;
    }
    std::string message = QuotedValue(value);
    message += " is not ";
    message += description();
    for (const ArnKind& kind : kinds_) {
      if (arn->service != kind.service || kind.hint.empty()) continue;
      message += " (";
      message += kind.hint;
      message += ')';
    }
    sink.Error(*this, Code::kArn, message);
  }

  bool MetWhole() const override { return true; }

  // An ARN of one of the kinds, in one of a few regions.
  std::optional<std::string> Generate(Chooser& chooser) const override {
    const nlohmann::json& kind = PickFrom(chooser, args().at("kinds"));
    static const std::vector<std::string> kRegions = {"us-east-1", "eu-west-1", "ap-southeast-2",
                                                      "sa-east-1"};
    return "arn:aws:" + kind.at("service").get<std::string>() + ":" + PickFrom(chooser, kRegions) +
           ":" + Digits(chooser, 12) + ":" +
           chooser.Matching(kind.at("resource").get<std::string>());
  }

  // An S3 bucket's ARN is the wrong kind, unless the check takes S3 ARNs.
  std::optional<Breaker> Break() const override {
    for (const auto& k : args().at("kinds")) {
      if (k.at("service") == "s3") return Breaker{Code::kArn, "not-an-arn"};
    }
    return Breaker{Code::kArn, "arn:aws:s3:::shapeguard-example-bucket"};
  }

  std::string Describe() const override {
    std::string out = "the ARN of ";
    for (std::size_t i = 0; i < kinds_.size(); ++i) {
      if (i) out += i + 1 == kinds_.size() ? " or " : ", ";
      out += kinds_[i].name;
    }
    return out;
  }

 private:
  std::vector<ArnKind> kinds_;
};

Result<ArnKind> ReadKind(const nlohmann::json& entry, RegexCache& regexes) {
  if (Status s = ExpectOnlyArgs(entry, {"name", "service", "resource", "hint", "global"});
      !s.ok()) {
    return Status::Error("kind: " + s.message());
  }
  ArnKind kind;
  for (auto [field, into] : {std::pair{"name", &kind.name}, std::pair{"service", &kind.service}}) {
    auto text = ReadStringArg(entry, field);
    if (!text.ok()) return Status::Error("kind: " + text.error());
    *into = text.value();
  }
  auto resource = ReadStringArg(entry, "resource");
  if (!resource.ok()) return Status::Error("kind " + kind.name + ": " + resource.error());
  auto regex = regexes.GetMatcher(resource.value(), /*full=*/true);
  if (!regex.ok()) return Status::Error("kind " + kind.name + ": resource: " + regex.error());
  kind.resource = regex.value();
  auto hint = ReadOptionalStringArg(entry, "hint", "");
  if (!hint.ok()) return Status::Error("kind " + kind.name + ": " + hint.error());
  auto global = ReadBoolArg(entry, "global", false);
  if (!global.ok()) return Status::Error("kind " + kind.name + ": " + global.error());
  kind.hint = hint.value();
  kind.global = global.value();
  return kind;
}

}  // namespace

Result<std::shared_ptr<Check>> MakeArnCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {"kinds"}); !s.ok()) return s;
  auto kinds_json = spec.args.find("kinds");
  if (kinds_json == spec.args.end() || !kinds_json->is_array() || kinds_json->empty()) {
    return Status::Error("\"kinds\" must be a non-empty array");
  }
  std::vector<ArnKind> kinds;
  for (const auto& entry : *kinds_json) {
    auto kind = ReadKind(entry, spec.regexes);
    if (!kind.ok()) return kind.status();
    kinds.push_back(std::move(kind).value());
  }
  return std::shared_ptr<Check>(std::make_shared<ArnCheck>(std::move(kinds), spec.source));
}

}  // namespace shapeguard::internal
