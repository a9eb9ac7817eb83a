#include "conform/runner.h"

#include <algorithm>
#include <map>

#include "conform/oracles/oracles.h"
#include "conform/planner.h"
#include "conform/request_factory.h"
#include "wire/aws_credentials.h"
#include "wire/http_client.h"
#include "wire/rest_json_request.h"
#include "wire/rest_json_response.h"
#include "wire/sigv4.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// What a scenario needs to know about one operation, computed once per run.
struct OperationPlan {
  std::shared_ptr<const Schema> input;
  std::shared_ptr<const Schema> output;
  std::shared_ptr<const Operation> view;
  std::vector<std::string> prerequisites;
  std::string getter;  // reads back what it writes; "" when none
};

// Why a scenario stopped early (not an error of the run).
struct Stop {
  std::string why;
};

class Runner {
 public:
  Runner(const Catalog& catalog, const RunOptions& options, const ScenarioHints& hints,
         HttpClient client)
      : catalog_(catalog),
        options_(options),
        hints_(hints),
        client_(std::move(client)),
        factory_(hints, options.seed),
        credentials_(CredentialsFromEnvironment()),
        region_(RegionFromEnvironment()) {
    result_.endpoint = options.endpoint;
    result_.seed = options.seed;
  }

  Status Prepare(const std::vector<std::string>& targets) {
    // The operations the contract is checked on: the targets and the prerequisites the
    // models imply. Steps only the hints add (for realism) and read-backs are auxiliary.
    ScenarioHints bare = hints_;
    bare.requires_.clear();
    bare.then.clear();
    for (const std::string& target : targets) {
      auto plan = PlanOf(target);
      if (!plan.ok()) return plan.status();
      targets_.push_back(plan->get().input->qualified_name());
      essential_.insert(targets_.back());
      auto inferred = PlanPrerequisites(catalog_, target, bare);
      if (!inferred.ok()) return inferred.status();
      essential_.insert(inferred->begin(), inferred->end());
      for (const std::string& step : plan->get().prerequisites) {
        if (auto p = PlanOf(step); !p.ok()) return p.status();
      }
      if (!plan->get().getter.empty()) {
        if (auto p = PlanOf(plan->get().getter); !p.ok()) return p.status();
      }
    }
    return Status();
  }

  Result<RunResult> Run() {
    auto start = Clock::now();
    std::uint64_t requests_at_cycle_start = 0;
    for (std::size_t round = 0; !Spent(start); ++round) {
      if (round % targets_.size() == 0) {
        // A whole cycle without a request: nothing is reachable any more.
        if (round > 0 && result_.requests == requests_at_cycle_start) break;
        requests_at_cycle_start = result_.requests;
      }
      const std::string& target = targets_[round % targets_.size()];
      current_ = target;
      if (not_routed_.count(target) || Unreachable(target)) continue;
      Status status = Scenario(target);
      if (!status.ok()) return status;
    }
    result_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return std::move(result_);
  }

 private:
  Result<std::reference_wrapper<const OperationPlan>> PlanOf(const std::string& name) {
    auto resolved = catalog_.Resolve(name);
    if (!resolved.ok()) return resolved.status();
    std::string op = resolved->qualified();
    if (auto it = plans_.find(op); it != plans_.end()) return std::cref(it->second);
    OperationPlan plan;
    auto input = catalog_.GetSchema(resolved.value(), Direction::kInput);
    if (!input.ok()) return input.status();
    auto output = catalog_.GetSchema(resolved.value(), Direction::kOutput);
    if (!output.ok()) return output.status();
    auto view = catalog_.GetOperation(resolved.value());
    if (!view.ok()) return view.status();
    if (!view.value()->has_http_binding()) {
      return Status::Error(op + ": the model has no HTTP binding for it");
    }
    auto prerequisites = PlanPrerequisites(catalog_, op, hints_);
    if (!prerequisites.ok()) return prerequisites.status();
    plan = {input.value(), output.value(), view.value(), prerequisites.value(),
            GetterOf(catalog_, op)};
    return std::cref(plans_.emplace(op, std::move(plan)).first->second);
  }

  bool Spent(Clock::time_point start) const {
    if (result_.requests >= options_.budget) return true;
    return options_.time.count() > 0 && Clock::now() - start >= options_.time;
  }

  // A target behind an operation the endpoint does not route is never reached.
  bool Unreachable(const std::string& target) {
    for (const std::string& step : plans_.at(target).prerequisites) {
      if (!not_routed_.count(step) || !essential_.count(step)) continue;
      result_.unreached[target] = "prerequisite " + step + " is not implemented";
      return true;
    }
    return false;
  }

  // One scenario: the target's prerequisites with valid requests, the target with a valid
  // request (read back, and created twice where names are unique), then with an invalid one.
  Status Scenario(const std::string& target) {
    Bindings bindings;
    const OperationPlan& plan = plans_.at(target);
    for (const std::string& step : plan.prerequisites) {
      if (not_routed_.count(step) && !essential_.count(step)) continue;
      auto exchange = SendValid(step, bindings);
      if (!exchange.ok()) return exchange.status();
      if (!exchange->has_value() && !essential_.count(step) && not_routed_.count(step)) continue;
      if (!exchange->has_value() || !exchange.value()->succeeded()) {
        result_.unreached.emplace(target, "prerequisite " + step + " did not succeed");
        return Status();
      }
      bindings.Harvest(step, exchange.value()->decoded.params, hints_);
    }
    result_.unreached.erase(target);
    if (Status s = Target(target, plan, bindings); !s.ok()) return s;
    return Negative(target, plan, bindings);
  }

  Status Target(const std::string& target, const OperationPlan& plan, Bindings& bindings) {
    bool reads_back = !plan.getter.empty() && plan.getter != target && !hints_.ExpectFor(target);
    json before = nullptr;
    if (reads_back && target.find(".Update") != std::string::npos) {
      auto read = SendValid(plan.getter, bindings);
      if (!read.ok()) return read.status();
      if (read->has_value() && read.value()->succeeded()) before = read.value()->decoded.params;
    }
    auto write = SendValid(target, bindings);
    if (!write.ok()) return write.status();
    if (!write->has_value() || !write.value()->succeeded()) return Status();
    const Exchange& written = *write.value();
    bindings.Harvest(target, written.decoded.params, hints_);
    if (reads_back) {
      auto read = SendValid(plan.getter, bindings);
      if (!read.ok()) return read.status();
      if (read->has_value()) {
        Judge({.moment = Moment::kReadBack,
               .exchange = *read.value(),
               .before = &before,
               .write = &written},
              target);
      }
    }
    if (auto unique = hints_.unique.find(target); unique != hints_.unique.end()) {
      auto again = Send(target, written.params);
      if (!again.ok()) return again.status();
      if (again->has_value()) {
        Judge({.moment = Moment::kRepeatedCreate,
               .exchange = *again.value(),
               .unique_member = &unique->second},
              target);
      }
    }
    return Status();
  }

  Status Negative(const std::string& target, const OperationPlan& plan, const Bindings& bindings) {
    std::string service = target.substr(0, target.find('.'));
    auto error_type = hints_.rejection.find(service);
    if (error_type == hints_.rejection.end()) return Status();  // no documented rejection
    auto invalid = factory_.MakeInvalid(plan.input, *plan.view, bindings);
    if (!invalid) return Status();
    auto exchange = Send(target, invalid->params, /*judge_shape=*/false);
    if (!exchange.ok()) return exchange.status();
    if (exchange->has_value()) {
      Judge({.moment = Moment::kInvalidRequest,
             .exchange = *exchange.value(),
             .rule = &invalid->rule,
             .error_type = &error_type->second},
            target);
    }
    return Status();
  }

  // A valid request for `op` fit to the bindings, sent and judged as such. An empty
  // optional when the operation is not routed or no request could be generated.
  Result<std::optional<Exchange>> SendValid(const std::string& op, const Bindings& bindings) {
    const OperationPlan& plan = plans_.at(op);
    auto request = factory_.MakeValid(plan.input, *plan.view, bindings);
    if (!request) return std::optional<Exchange>();
    auto exchange = Send(op, request->params);
    if (!exchange.ok() || !exchange->has_value()) return exchange;
    const Exchange& sent = *exchange.value();
    Judge({.moment = Moment::kValidRequest,
           .exchange = sent,
           .request_valid = request->valid,
           .expected = hints_.ExpectFor(op)},
          op);
    return exchange;
  }

  // Sends a request and applies the oracles every answer is judged by. An empty optional
  // when the request cannot be encoded or the operation is not routed.
  // Responses to invalid requests (judge_shape false) are not judged for their shape.
  Result<std::optional<Exchange>> Send(const std::string& op, const json& params,
                                       bool judge_shape = true) {
    const OperationPlan& plan = plans_.at(op);
    if (not_routed_.count(op)) return std::optional<Exchange>();
    auto request = EncodeRequest(*plan.view, params);
    if (!request.ok()) return std::optional<Exchange>();
    Exchange exchange;
    exchange.operation = op;
    exchange.endpoint = options_.endpoint;
    exchange.params = params;
    exchange.request = std::move(request).value();
    exchange.request.SetHeader("Host", client_.authority());
    SigningParams signing{credentials_, region_, plan.view->signing_name(),
                          AmzDate(std::chrono::system_clock::now())};
    if (Status s = SignRequest(exchange.request, signing); !s.ok()) return s;
    auto response = client_.Send(exchange.request);
    if (!response.ok()) return Status::Error(options_.endpoint + ": " + response.error());
    ++result_.requests;
    exchange.response = std::move(response).value();
    auto decoded = DecodeResponse(*plan.view, exchange.response);
    if (!decoded.ok()) return decoded.status();
    exchange.decoded = std::move(decoded).value();
    exchange.output = plan.output;
    exchange.view = plan.view;
    // An emulator need not route what the contract under test does not cover: that is
    // reported for essential operations only.
    if (Judge({Moment::kRouting, exchange}, op, /*record=*/essential_.count(op) > 0)) {
      not_routed_.insert(op);
      return std::optional<Exchange>();
    }
    Judge({Moment::kAnswer, exchange}, op);
    if (judge_shape) Judge({Moment::kShapedAnswer, exchange}, op);
    Report();
    return std::optional<Exchange>(std::move(exchange));
  }

  // Shows the evidence to every oracle, in table order, and records what they find (unless
  // record is false). True when any of them found something.
  bool Judge(const Evidence& evidence, const std::string& op, bool record = true) {
    bool found = false;
    for (const Oracle& oracle : Oracles()) {
      Verdict verdict = oracle.judge(evidence);
      if (!verdict) continue;
      found = found || !verdict->empty();
      if (!record) continue;
      result_.checked[op].insert(std::string(oracle.name));
      for (Finding& finding : *verdict) Record(std::move(finding));
    }
    return found;
  }

  void Record(Finding finding) {
    auto key = std::make_tuple(finding.operation, finding.oracle, finding.rule);
    if (!seen_.insert(key).second) return;
    result_.findings.push_back(std::move(finding));
  }

  void Report() const {
    if (options_.on_progress) {
      options_.on_progress({result_.requests, result_.findings.size(), current_});
    }
  }

  const Catalog& catalog_;
  const RunOptions& options_;
  const ScenarioHints& hints_;
  HttpClient client_;
  RequestFactory factory_;
  Credentials credentials_;
  std::string region_;
  std::map<std::string, OperationPlan> plans_;
  std::vector<std::string> targets_;
  std::set<std::string> not_routed_;
  std::set<std::string> essential_;  // targets and the prerequisites the models imply
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  std::string current_;
  RunResult result_;
};

}  // namespace

Result<RunResult> RunConformance(const Catalog& catalog, const RunOptions& options,
                                 const ScenarioHints& hints) {
  const std::vector<std::string>& targets =
      options.operations.empty() ? hints.targets : options.operations;
  if (targets.empty()) return Status::Error("no operations to run");
  auto client = HttpClient::Create(options.endpoint);
  if (!client.ok()) return client.status();
  Runner runner(catalog, options, hints, std::move(client).value());
  if (Status s = runner.Prepare(targets); !s.ok()) return s;
  return runner.Run();
}

}  // namespace shapeguard::conformance
