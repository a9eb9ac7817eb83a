#include "conform/runner.h"

#include <algorithm>
#include <map>

#include "conform/bindings.h"
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
  std::string getter;  // reads back what it writes or deletes; "" when none
  std::string lister;  // lists what it deletes; "" when none
  bool deletes = false;
};

bool IsDelete(const std::string& operation) {
  return operation.find(".Delete") != std::string::npos;
}

// The value of the last URI label of a request: the name of the resource it acts on.
std::string TargetName(const Operation& view, const json& params) {
  const std::string& uri = view.request_uri();
  std::size_t open = uri.rfind('{');
  std::size_t close = uri.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return "";
  std::string label = uri.substr(open + 1, close - open - 1);
  if (!label.empty() && label.back() == '+') label.pop_back();
  auto value = params.find(label);
  return value != params.end() && value->is_string() ? value->get<std::string>() : "";
}

// Only the required members of a request: a list sent after a delete must not be narrowed
// by a generated filter or page size.
json RequiredOnly(const Operation& view, const json& params) {
  json kept = json::object();
  std::optional<ShapeView> input = view.input();
  if (!input) return kept;
  for (const MemberView& member : input->required_members()) {
    if (params.contains(member.name())) kept[member.name()] = params[member.name()];
  }
  return kept;
}

// An HTTP client to the endpoint, as a transport.
Result<Transport> HttpTransport(const std::string& endpoint) {
  auto client = HttpClient::Create(endpoint);
  if (!client.ok()) return client.status();
  auto shared = std::make_shared<HttpClient>(std::move(client).value());
  return Transport{shared->authority(),
                   [shared](const HttpRequest& request) { return shared->Send(request); }};
}

// Invalid requests aimed at rules not yet broken, per scenario: enough that a default run
// breaks every rule of every target once.
constexpr int kGoalsPerScenario = 4;
// Scenarios that may find no request for a goal before it is given up.
constexpr int kGoalTries = 3;

// One rule a target's invalid requests should break at least once in a run.
struct ViolationGoal {
  std::optional<Code> kind;  // a violation of this kind, anywhere in the request
  std::string missing;       // or: this required member left out
  int misses = 0;            // scenarios that found no request for it

  std::string name() const { return kind ? std::string(CodeName(*kind)) : "missing " + missing; }
};

// Every rule a target's input can be broken by, as goals: each violation kind but undeclared
// members (services ignore those), and each required member but URI labels (a missing label
// changes the route).
std::vector<ViolationGoal> GoalsFor(const Operation& view) {
  std::vector<ViolationGoal> goals;
  for (Code kind : properties::ViolationKinds()) {
    if (kind != Code::kUnknown) goals.push_back({kind, "", 0});
  }
  if (std::optional<ShapeView> input = view.input()) {
    for (const MemberView& member : input->required_members()) {
      if (member.location() != Location::kUri) goals.push_back({std::nullopt, member.name(), 0});
    }
  }
  return goals;
}

// Why a scenario stopped early (not an error of the run).
struct Stop {
  std::string why;
};

}  // namespace

class ScenarioSession::Runner {
 public:
  Runner(const Catalog& catalog, RunOptions options, const ScenarioHints& hints)
      : catalog_(catalog),
        options_(std::move(options)),
        hints_(hints),
        factory_(hints, options.seed, options.max_size),
        credentials_(CredentialsFromEnvironment()),
        region_(RegionFromEnvironment()) {
    result_.endpoint = options_.endpoint;
    result_.seed = options_.seed;
  }

  const std::vector<std::string>& targets() const { return targets_; }
  const RunResult& result() const { return result_; }
  void Reseed(std::uint64_t seed) { factory_.Reseed(seed); }

  Status ConnectTransport() {
    if (options_.transport.send) return Status();
    auto transport = HttpTransport(options_.endpoint);
    if (!transport.ok()) return transport.status();
    options_.transport = std::move(transport).value();
    return Status();
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
      if (hints_.rejection.count(target.substr(0, target.find('.')))) {
        goals_.emplace(targets_.back(), GoalsFor(*plan->get().view));
      }
      auto inferred = PlanPrerequisites(catalog_, target, bare);
      if (!inferred.ok()) return inferred.status();
      essential_.insert(inferred->begin(), inferred->end());
      for (const std::string& step : plan->get().prerequisites) {
        if (auto p = PlanOf(step); !p.ok()) return p.status();
      }
      for (const std::string& reader : {plan->get().getter, plan->get().lister}) {
        if (reader.empty()) continue;
        if (auto p = PlanOf(reader); !p.ok()) return p.status();
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
      Status status = Scenario(target, Mutation{}, /*whole=*/true);
      if (!status.ok()) return status;
    }
    result_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    ListUnsentViolations();
    return std::move(result_);
  }

  // The rules no invalid request broke: all of a target no scenario reached, else those its
  // input has a place for on the wire (a kind never tried because the budget ran out is
  // looked up now).
  void ListUnsentViolations() {
    for (auto& [target, goals] : goals_) {
      if (goals.empty()) continue;
      std::vector<std::string>& unsent = result_.violations_unsent[target];
      if (result_.unreached.count(target) || not_routed_.count(target)) {
        unsent.push_back("all " + std::to_string(goals.size()) + " (the target was not reached)");
        continue;
      }
      const OperationPlan& plan = plans_.at(target);
      for (const ViolationGoal& goal : goals) {
        if (goal.kind && goal.misses == 0 &&
            !factory_.CanBreakOnTheWire(plan.input, *plan.view, *goal.kind)) {
          continue;
        }
        unsent.push_back(goal.name() + (goal.misses >= kGoalTries ? " (no request found)" : ""));
      }
    }
  }

  Status RunOne(std::size_t index, const Mutation& mutation) {
    const std::string& target = targets_[index % targets_.size()];
    current_ = target;
    if (not_routed_.count(target) || Unreachable(target)) return Status();
    return Scenario(target, mutation, /*whole=*/false);
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
    plan = {input.value(),          output.value(),         view.value(), prerequisites.value(),
            GetterOf(catalog_, op), ListerOf(catalog_, op), IsDelete(op)};
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

  // One scenario: the target's prerequisites with valid requests, then the target's request
  // as the mutation makes it. Unmutated, the target gets a valid request (read back, created
  // twice where names are unique, checked gone after a delete) and, when `whole`, also one
  // naming an unknown resource and an invalid one (a fuzzer asks for those by mutation).
  Status Scenario(const std::string& target, const Mutation& mutation, bool whole) {
    Bindings bindings;
    const OperationPlan& plan = plans_.at(target);
    auto prerequisites = Prerequisites(target, plan, mutation.absent, bindings);
    if (!prerequisites.ok()) return prerequisites.status();
    if (prerequisites.value() == Prepared::kFailed) return Status();
    if (prerequisites.value() == Prepared::kLeftOut) return LeftOut(target, bindings);
    result_.unreached.erase(target);
    switch (mutation.tamper) {
      case Tamper::kNone:
        break;
      case Tamper::kOneViolation:
        return Negative(target, plan, bindings, KindOf(mutation.choice));
      case Tamper::kUnknownReference:
        return Reference(target, plan, bindings, mutation.choice);
      default:
        return Tampered(target, plan, bindings, mutation);
    }
    if (Status s = Target(target, plan, bindings); !s.ok() || !whole) return s;
    if (Status s = Reference(target, plan, bindings, reference_turn_[target]++); !s.ok()) {
      return s;
    }
    return Negative(target, plan, bindings);
  }

  enum class Prepared { kReady, kFailed, kLeftOut };

  // The target's prerequisites, with valid requests, their ids into `bindings`. Those
  // `absent` marks (bit i: the i-th) are left out, and the steps after them are sent all the
  // same, judged as any answer is (they may name what was left out). kFailed (the target
  // unreached) when a step failed that nothing left out explains.
  Result<Prepared> Prerequisites(const std::string& target, const OperationPlan& plan,
                                 std::uint8_t absent, Bindings& bindings) {
    bool left_out = false;
    for (std::size_t i = 0; i < plan.prerequisites.size(); ++i) {
      const std::string& step = plan.prerequisites[i];
      if (not_routed_.count(step) && !essential_.count(step)) continue;
      if (i < 8 && ((absent >> i) & 1U) != 0) {
        left_out = true;
        continue;
      }
      auto exchange = left_out ? SendAsIs(step, bindings) : SendValid(step, bindings);
      if (!exchange.ok()) return exchange.status();
      if (!exchange->has_value() && !essential_.count(step) && not_routed_.count(step)) continue;
      bool done = exchange->has_value() && exchange.value()->succeeded();
      if (!done && left_out) continue;
      if (!done) {
        result_.unreached.emplace(target, "prerequisite " + step + " did not succeed");
        return Prepared::kFailed;
      }
      bindings.Harvest(step, exchange.value()->decoded.params, hints_);
    }
    return left_out ? Prepared::kLeftOut : Prepared::kReady;
  }

  // The target after a prerequisite was left out. An identifier it needs that no binding
  // fills names nothing, so the answer is judged as an unknown reference's (the first such
  // member, URI labels first); with none, as any answer is.
  Status LeftOut(const std::string& target, const Bindings& bindings) {
    const OperationPlan& plan = plans_.at(target);
    std::vector<std::string> unbound = bindings.UnboundMembers(*plan.view);
    auto exchange = SendAsIs(target, bindings);
    if (!exchange.ok()) return exchange.status();
    if (!exchange->has_value() || unbound.empty() || hints_.ExpectFor(target)) return Status();
    UnknownReference reference;
    reference.member = unbound.front();
    std::optional<MemberView> member = plan.view->input()->FindMember(reference.member);
    reference.in_uri = member && member->location() == Location::kUri;
    Judge({.moment = Moment::kUnknownReference,
           .exchange = *exchange.value(),
           .reference = &reference},
          target);
    return Status();
  }

  // A valid request for `op` fit to the bindings, judged only as any answer is: a scenario
  // that left a prerequisite out may make it name nothing, and a read after a delete should
  // get 404. With `required_only`, only its required members are sent (a list after a delete
  // must not be narrowed by a generated filter or page size).
  Result<std::optional<Exchange>> SendAsIs(const std::string& op, const Bindings& bindings,
                                           bool required_only = false) {
    const OperationPlan& plan = plans_.at(op);
    auto request = factory_.MakeValid(plan.input, *plan.view, bindings);
    if (!request) return std::optional<Exchange>();
    return Send(op, required_only ? RequiredOnly(*plan.view, request->params) : request->params);
  }

  static Code KindOf(std::size_t choice) {
    const auto& kinds = properties::ViolationKinds();
    return kinds[choice % kinds.size()];
  }

  Status Target(const std::string& target, const OperationPlan& plan, Bindings& bindings) {
    bool reads_back =
        !plan.getter.empty() && plan.getter != target && !plan.deletes && !hints_.ExpectFor(target);
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
    if (plan.deletes) return Gone(plan, written, bindings);
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

  // After a delete: the resource is read, listed and deleted again, and each answer judged.
  Status Gone(const OperationPlan& plan, const Exchange& deleted, const Bindings& bindings) {
    if (hints_.ExpectFor(deleted.operation)) return Status();
    std::string name = TargetName(*plan.view, deleted.params);
    auto judge = [&](const Exchange& after, AfterDelete step) {
      Judge({.moment = Moment::kAfterDelete,
             .exchange = after,
             .write = &deleted,
             .after_delete = step,
             .deleted_name = &name},
            deleted.operation);
    };
    for (const auto& [reader, step] :
         {std::pair{plan.getter, AfterDelete::kGet}, std::pair{plan.lister, AfterDelete::kList}}) {
      if (reader.empty()) continue;
      auto read = SendAsIs(reader, bindings, /*required_only=*/true);
      if (!read.ok()) return read.status();
      if (read->has_value()) judge(*read.value(), step);
    }
    auto again = Send(deleted.operation, deleted.params, /*judge_shape=*/true);
    if (!again.ok()) return again.status();
    if (again->has_value()) judge(*again.value(), AfterDelete::kDeleteAgain);
    return Status();
  }

  // The target with one of the identifiers it names another resource by (the `choice`-th,
  // in turn) replaced by one that names nothing.
  Status Reference(const std::string& target, const OperationPlan& plan, const Bindings& bindings,
                   std::size_t choice) {
    if (hints_.ExpectFor(target)) return Status();  // its every answer is fixed already
    auto request = factory_.MakeValid(plan.input, *plan.view, bindings);
    if (!request || !request->valid) return Status();
    std::vector<std::string> members = bindings.BoundMembers(*plan.view, request->params);
    if (members.empty()) return Status();
    UnknownReference reference;
    reference.member = members[choice % members.size()];
    json& value = request->params[reference.member];
    value = UnknownLike(value.get<std::string>());
    if (!plan.input->Validate(request->params).valid()) return Status();
    std::optional<MemberView> member = plan.view->input()->FindMember(reference.member);
    reference.in_uri = member && member->location() == Location::kUri;
    auto exchange = Send(target, request->params);
    if (!exchange.ok()) return exchange.status();
    if (exchange->has_value()) {
      Judge({.moment = Moment::kUnknownReference,
             .exchange = *exchange.value(),
             .reference = &reference},
            target);
    }
    return Status();
  }

  // The target's valid request, tampered on the wire. Its answer is judged by what every
  // answer is judged by, and for its shape when the route cannot have changed.
  Status Tampered(const std::string& target, const OperationPlan& plan, const Bindings& bindings,
                  const Mutation& mutation) {
    auto request = factory_.MakeValid(plan.input, *plan.view, bindings);
    if (!request) return Status();
    auto exchange = Send(target, request->params, !MayChangeRoute(mutation.tamper), &mutation);
    return exchange.ok() ? Status() : exchange.status();
  }

  // Requests breaking one rule: with `kind`, one of that kind; else one for each of the next
  // few rules the run has not broken yet, or (all broken) one of the next kind in turn.
  Status Negative(const std::string& target, const OperationPlan& plan, const Bindings& bindings,
                  std::optional<Code> kind = std::nullopt) {
    std::string service = target.substr(0, target.find('.'));
    auto error_type = hints_.rejection.find(service);
    if (error_type == hints_.rejection.end()) return Status();  // no documented rejection
    if (kind) {
      // Looking for a place the input lacks costs many draws; the answer is kept per kind.
      if (!factory_.CanBreakOnTheWire(plan.input, *plan.view, *kind)) return Status();
      return SendInvalid(target, factory_.MakeInvalid(plan.input, *plan.view, bindings, kind),
                         error_type->second);
    }
    std::vector<ViolationGoal>& goals = goals_[target];
    int tried = 0;
    for (auto goal = goals.begin(); goal != goals.end() && tried < kGoalsPerScenario;) {
      if (goal->misses >= kGoalTries) {
        ++goal;
        continue;
      }
      ++tried;
      if (goal->kind && !factory_.CanBreakOnTheWire(plan.input, *plan.view, *goal->kind)) {
        goal = goals.erase(goal);  // no such rule where the wire carries it
        continue;
      }
      auto invalid = goal->kind
                         ? factory_.MakeInvalid(plan.input, *plan.view, bindings, goal->kind)
                         : factory_.MakeMissing(plan.input, *plan.view, bindings, goal->missing);
      if (!invalid) {
        ++goal->misses;
        ++goal;
        continue;
      }
      if (Status s = SendInvalid(target, std::move(invalid), error_type->second); !s.ok()) return s;
      ++result_.violations_sent;
      goal = goals.erase(goal);
    }
    if (tried > 0) return Status();
    return SendInvalid(target, factory_.MakeInvalid(plan.input, *plan.view, bindings),
                       error_type->second);
  }

  Status SendInvalid(const std::string& target, std::optional<InvalidRequest> invalid,
                     const std::string& error_type) {
    if (!invalid) return Status();
    auto exchange = Send(target, invalid->params, /*judge_shape=*/false);
    if (!exchange.ok()) return exchange.status();
    if (exchange->has_value()) {
      Judge({.moment = Moment::kInvalidRequest,
             .exchange = *exchange.value(),
             .rule = &invalid->rule,
             .error_type = &error_type},
            target);
    }
    return Status();
  }

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
  // A tampered request (`tamper`) is not judged for routing: its route may be broken on
  // purpose.
  Result<std::optional<Exchange>> Send(const std::string& op, const json& params,
                                       bool judge_shape = true, const Mutation* tamper = nullptr) {
    const OperationPlan& plan = plans_.at(op);
    if (not_routed_.count(op)) return std::optional<Exchange>();
    auto request = EncodeRequest(*plan.view, params);
    if (!request.ok()) return std::optional<Exchange>();
    Exchange exchange;
    exchange.operation = op;
    exchange.endpoint = options_.endpoint;
    exchange.params = params;
    exchange.request = std::move(request).value();
    if (tamper) TamperRequest(exchange.request, *tamper);
    exchange.request.SetHeader("Host", options_.transport.authority);
    SigningParams signing{credentials_, region_, plan.view->signing_name(),
                          AmzDate(std::chrono::system_clock::now())};
    if (Status s = SignRequest(exchange.request, signing); !s.ok()) return s;
    auto response = options_.transport.send(exchange.request);
    if (!response.ok()) return Status::Error(options_.endpoint + ": " + response.error());
    ++result_.requests;
    exchange.response = std::move(response).value();
    auto decoded = DecodeResponse(*plan.view, exchange.response);
    if (!decoded.ok()) return decoded.status();
    exchange.decoded = std::move(decoded).value();
    exchange.input = plan.input;
    exchange.output = plan.output;
    exchange.view = plan.view;
    // An emulator need not route what the contract under test does not cover: that is
    // reported for essential operations only.
    if (!tamper && Judge({Moment::kRouting, exchange}, op, /*record=*/essential_.count(op) > 0)) {
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
    std::vector<std::string_view> finders;
    for (const Oracle& oracle : Oracles()) {
      Verdict verdict = oracle.judge(evidence);
      if (!verdict) continue;
      found = found || !verdict->empty();
      if (!verdict->empty()) finders.push_back(oracle.name);
      if (!record) continue;
      result_.checked[op].insert(std::string(oracle.name));
      for (Finding& finding : *verdict) Record(std::move(finding));
    }
    if (options_.on_judged) options_.on_judged({evidence.exchange, evidence.moment, finders});
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
  RunOptions options_;
  const ScenarioHints& hints_;
  RequestFactory factory_;
  Credentials credentials_;
  std::string region_;
  std::map<std::string, OperationPlan> plans_;
  std::vector<std::string> targets_;
  std::set<std::string> not_routed_;
  std::set<std::string> essential_;  // targets and the prerequisites the models imply
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  std::map<std::string, std::size_t> reference_turn_;
  std::map<std::string, std::vector<ViolationGoal>>
      goals_;  // target -> rules not yet broken  // target -> member to make unknown next
  std::string current_;
  RunResult result_;
};

namespace {

Result<std::unique_ptr<ScenarioSession::Runner>> MakeRunner(const Catalog& catalog,
                                                            RunOptions options,
                                                            const ScenarioHints& hints) {
  std::vector<std::string> targets =
      options.operations.empty() ? hints.targets : options.operations;
  if (targets.empty()) return Status::Error("no operations to run");
  auto runner = std::make_unique<ScenarioSession::Runner>(catalog, std::move(options), hints);
  if (Status s = runner->ConnectTransport(); !s.ok()) return s;
  if (Status s = runner->Prepare(targets); !s.ok()) return s;
  return runner;
}

}  // namespace

Result<RunResult> RunConformance(const Catalog& catalog, const RunOptions& options,
                                 const ScenarioHints& hints) {
  auto runner = MakeRunner(catalog, options, hints);
  if (!runner.ok()) return runner.status();
  return runner.value()->Run();
}

Result<std::unique_ptr<ScenarioSession>> ScenarioSession::Create(const Catalog& catalog,
                                                                 RunOptions options,
                                                                 const ScenarioHints& hints) {
  auto runner = MakeRunner(catalog, std::move(options), hints);
  if (!runner.ok()) return runner.status();
  return std::unique_ptr<ScenarioSession>(new ScenarioSession(std::move(runner).value()));
}

ScenarioSession::ScenarioSession(std::unique_ptr<Runner> runner) : runner_(std::move(runner)) {}
ScenarioSession::~ScenarioSession() = default;

const std::vector<std::string>& ScenarioSession::targets() const { return runner_->targets(); }

void ScenarioSession::Reseed(std::uint64_t seed) { runner_->Reseed(seed); }

Status ScenarioSession::Run(std::size_t target, const Mutation& mutation) {
  return runner_->RunOne(target, mutation);
}

const RunResult& ScenarioSession::result() const { return runner_->result(); }

}  // namespace shapeguard::conformance
