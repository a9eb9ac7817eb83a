#include "wire/operation_recognizer.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "wire/percent_encoding.h"
#include "wire/uri_template.h"

namespace shapeguard::conformance {
namespace {

// What a json, query or ec2 request says it calls, read once per request: X-Amz-Target
// "<prefix>.<Name>", or Action=<Name> and Version (from the query string, else the form body).
struct StatedCall {
  explicit StatedCall(const HttpRequest& request) {
    if (const std::string* target = request.FindHeader("X-Amz-Target")) {
      std::size_t dot = target->rfind('.');
      if (dot != std::string::npos) {
        target_prefix = target->substr(0, dot);
        target_name = target->substr(dot + 1);
      }
    }
    action = FormValue(request.query, "Action");
    version = FormValue(request.query, "Version");
    if (action.empty()) action = FormValue(request.body, "Action");
    if (version.empty()) version = FormValue(request.body, "Version");
  }

  // Whether it names `op`. The target's prefix must be the model's targetPrefix when it
  // gives one (kinesisanalytics and kinesisanalyticsv2 share a signing name and operation
  // names), and a Version sent must be the model's apiVersion (elb and elbv2).
  bool Names(const Operation& op) const {
    if (op.protocol() == Protocol::kJson) {
      return !target_name.empty() && target_name == op.name() &&
             (op.target_prefix().empty() || target_prefix == op.target_prefix());
    }
    return action == op.name() && (version.empty() || version == op.api_version());
  }

  std::string target_prefix, target_name, action, version;
};

// One of the json, query or ec2 operations a request names. Services that share a signing
// name, an operation name and a version differ only by host (rds, docdb and neptune all take
// Action=CreateDBCluster&Version=2014-10-31): the one named as the signing name is taken, as
// the service the name belongs to; otherwise the request is ambiguous, and said to be.
Result<RecognizedCall> PickStated(const std::vector<OperationName>& stated,
                                  const std::string& signing_name, const HttpRequest& request) {
  if (stated.size() == 1) return RecognizedCall{stated.front(), {}};
  for (const OperationName& name : stated) {
    if (name.service == signing_name) return RecognizedCall{name, {}};
  }
  return Status::Error(request.method + " " + request.target() + " matches both " +
                       stated[0].qualified() + " and " + stated[1].qualified() +
                       " (services signing as \"" + signing_name + "\" differ only by host)");
}

}  // namespace

std::string CredentialScopeService(const HttpRequest& request) {
  const std::string* authorization = request.FindHeader("Authorization");
  if (!authorization) return "";
  std::size_t credential = authorization->find("Credential=");
  if (credential == std::string::npos) return "";
  std::string_view scope = std::string_view(*authorization).substr(credential + 11);
  scope = scope.substr(0, scope.find_first_of(", "));
  // AKID/date/region/service/aws4_request
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= scope.size();) {
    std::size_t slash = std::min(scope.find('/', start), scope.size());
    parts.push_back(scope.substr(start, slash - start));
    start = slash + 1;
  }
  return parts.size() == 5 ? std::string(parts[3]) : "";
}

const std::vector<std::string>& OperationRecognizer::ServicesSigningAs(
    const std::string& signing_name) const {
  if (by_signing_name_.empty()) {
    for (const std::string& service : catalog_.Services()) {
      auto summary = catalog_.Summary(service);
      if (summary.ok()) by_signing_name_[summary.value().signing_name].push_back(service);
    }
  }
  static const std::vector<std::string> kNone;
  auto it = by_signing_name_.find(signing_name);
  return it == by_signing_name_.end() ? kNone : it->second;
}

const OperationRecognizer::Operations& OperationRecognizer::OperationsOf(
    const std::string& service) const {
  auto [it, inserted] = operations_.try_emplace(service);
  if (inserted) {
    for (const std::string& name : catalog_.Operations(service).value()) {
      auto op = catalog_.GetOperation(OperationName{service, name});
      if (op.ok()) it->second.push_back(op.value());
    }
  }
  return it->second;
}

Result<RecognizedCall> OperationRecognizer::Recognize(const HttpRequest& request) const {
  std::string signing_name = CredentialScopeService(request);
  if (signing_name.empty()) return Status::Error("not signed with SigV4: no credential scope");
  // The lock covers building the tables only: once built, a service's operations never
  // change (map nodes stay put), so the scan below runs unlocked on every worker at once.
  std::vector<std::pair<const std::string*, const Operations*>> candidates;
  {
    std::lock_guard lock(mutex_);
    for (const std::string& service : ServicesSigningAs(signing_name)) {
      candidates.emplace_back(&service, &OperationsOf(service));
    }
  }
  if (candidates.empty()) {
    return Status::Error("no built-in service signs as \"" + signing_name + "\"");
  }
  std::optional<RecognizedCall> best;
  int best_specificity = -1;
  std::string tied;  // another service's operation that matches as well as the best
  std::vector<OperationName> stated;  // json, query and ec2 operations the request names
  std::optional<StatedCall> says;     // read when a json, query or ec2 service is met
  for (const auto& [service_name, operations] : candidates) {
    const std::string& service = *service_name;
    for (const auto& op : *operations) {
      Protocol protocol = op->protocol();
      if (protocol == Protocol::kJson || protocol == Protocol::kQuery ||
          protocol == Protocol::kEc2) {
        if (!says) says.emplace(request);
        if (says->Names(*op)) stated.push_back({service, op->name()});
        continue;
      }
      if (op->http_method() != request.method) continue;
      auto match = MatchRequestTarget(op->request_uri(), request.path, request.query);
      if (!match || match->specificity() < best_specificity) continue;
      if (match->specificity() == best_specificity) {
        if (best && best->operation.service != service) tied = service + "." + op->name();
        continue;
      }
      best_specificity = match->specificity();
      tied.clear();
      best = RecognizedCall{{service, op->name()}, std::move(match->labels)};
    }
  }
  if (!stated.empty()) return PickStated(stated, signing_name, request);
  // Services that share a signing name and a template (bedrock-agent and bedrock-agent-
  // runtime's /tags/{resourceArn}) differ only in their endpoint's host, which a request to
  // a proxy does not carry: said, not guessed.
  if (best && !tied.empty()) {
    return Status::Error(request.method + " " + request.target() + " matches both " +
                         best->operation.qualified() + " and " + tied + " (services signing as \"" +
                         signing_name + "\" differ only by host)");
  }
  if (best) return *std::move(best);
  return Status::Error("no operation of " + *candidates.front().first + " matches " +
                       request.method + " " + request.target());
}

}  // namespace shapeguard::conformance
