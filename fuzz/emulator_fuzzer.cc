// emulator: bytes -> one of conform's scenarios against an emulator, its target request
// departing from a valid one as the input says. The input picks the target operation, the
// generator's seed, a mutation (conform/mutation.h): none (write, read back, create again,
// gone after a delete), one rule broken (the violation kind chosen), an identifier naming
// nothing, or the encoded request tampered with (body bytes, a header, a query parameter, a
// path segment, the method); and which prerequisites exist (those left out make the target
// name what is not there).
//
// In process (the default) the reference emulator answers, fresh for each input so that an
// input always does the same. Invariants: conform's oracles find nothing (no 5xx; a success
// body validates against the output shape and an error is one the operation declares, with
// its documented status; what a get returns is what was last written; a deleted resource is
// gone; a broken rule is refused), and nothing crashes.
//
// With SHAPEGUARD_EMULATOR_URL set, the same inputs go over HTTP, signed, to that endpoint
// (moto, LocalStack, `shapeguard serve`), which keeps its state between inputs. What the
// oracles find there is about the emulator, not a crash: it is de-duplicated by (operation,
// oracle, rule), printed once, and written in conform's JSON report to
// SHAPEGUARD_FUZZ_REPORT after each new finding. A black box gives libFuzzer no coverage, so
// the emulator's behaviour is fed back in its place: every judged answer sets extra
// counters for (operation, step, status, error type), for the set of members in its body,
// and for each oracle that found something, so an input that reaches behaviour not seen
// before is kept and mutated further.
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <string>

#include "conform/reports/reports.h"
#include "conform/runner.h"
#include "emulator/emulator.h"
#include "harness_support.h"

namespace shapeguard::fuzz {
namespace {

using conformance::Judgement;
using conformance::Mutation;
using conformance::Tamper;

// The bytes a tamper writes; more only repeats what fewer reach.
constexpr std::size_t kMaxTamperBytes = 512;
constexpr int kMaxGenerationSize = 20;

// libFuzzer reads this section as extra coverage counters (and clears it before each input).
constexpr std::size_t kCounters = 1 << 14;
__attribute__((used, section("__libfuzzer_extra_counters"))) std::uint8_t g_behaviour[kCounters];

void Count(const std::string& feature) {
  std::uint8_t& counter = g_behaviour[std::hash<std::string>{}(feature) % kCounters];
  if (counter < 255) ++counter;
}

// What an answer showed of the endpoint's behaviour, as counters.
void Feel(const Judgement& judged) {
  const conformance::Exchange& exchange = judged.exchange;
  std::string at = exchange.operation + "|" + std::to_string(static_cast<int>(judged.moment)) +
                   "|" + std::to_string(exchange.response.status);
  Count(at + "|" + exchange.decoded.error_type.value_or(""));
  std::string members;
  if (exchange.decoded.raw_body.is_object()) {
    for (const auto& item : exchange.decoded.raw_body.items()) members += item.key() + ",";
  }
  Count(at + "|{" + members + "}");
  for (std::string_view oracle : judged.found) Count(at + "|!" + std::string(oracle));
}

// Writes the report through a temporary file, so a reader never sees half of it.
void WriteReport(const conformance::RunResult& result) {
  const char* path = std::getenv("SHAPEGUARD_FUZZ_REPORT");
  if (!path) return;
  std::string temporary = std::string(path) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    // Tampered requests and emulators' answers carry any bytes: invalid UTF-8 is replaced,
    // as `conform --report` does.
    out << conformance::JsonReport(result).dump(2, ' ', false,
                                                nlohmann::ordered_json::error_handler_t::replace)
        << "\n";
    if (!out) return;
  }
  std::rename(temporary.c_str(), path);
}

// The endpoint under test: the in-process reference emulator, or a URL.
struct Target {
  std::string url;  // empty: in process
  std::unique_ptr<emulator::Emulator> emulator;
  std::unique_ptr<conformance::ScenarioSession> session;
  std::uint64_t inputs = 0;
  std::size_t reported = 0;  // findings already printed and written
};

Target& TheTarget() {
  static Target* target = [] {
    auto* made = new Target;
    const char* url = std::getenv("SHAPEGUARD_EMULATOR_URL");
    made->url = url ? url : "";
    conformance::RunOptions options;
    options.endpoint = made->url.empty() ? "http://in-process" : made->url;
    options.on_judged = Feel;
    // Small requests: a scenario per input costs several, and libFuzzer's mutations (not
    // size) are what explore here.
    options.max_size = kMaxGenerationSize;
    if (made->url.empty()) {
      options.transport = {
          "in-process", [made](const conformance::HttpRequest& request) {
            return Result<conformance::HttpResponse>(made->emulator->Handle(request));
          }};
    }
    auto session = conformance::ScenarioSession::Create(Builtin(), options);
    if (!session.ok()) Fail("a conformance session starts", session.error());
    made->session = std::move(session).value();
    // The last report carries the run's request count, findings or not.
    if (!made->url.empty()) std::atexit([] { WriteReport(TheTarget().session->result()); });
    return made;
  }();
  return *target;
}

Mutation ReadMutation(ByteReader& reader) {
  Mutation mutation;
  mutation.tamper = static_cast<Tamper>(reader.Byte() % static_cast<int>(Tamper::kCount));
  mutation.choice = reader.Index(1 << 16);
  mutation.absent = reader.Byte();
  std::string_view rest = reader.Rest();
  mutation.bytes = std::string(rest.substr(0, kMaxTamperBytes));
  return mutation;
}

// Against a URL, findings are the emulator's: each new one is printed and the report
// rewritten. In process they are broken invariants.
void Judge(Target& target) {
  const auto& findings = target.session->result().findings;
  if (findings.size() == target.reported) return;
  if (target.url.empty()) {
    const conformance::Finding& finding = findings.front();
    Fail("the reference emulator meets every oracle",
         finding.operation + " " + finding.oracle + ": " + finding.rule + "\n" + finding.reproduce);
  }
  for (std::size_t i = target.reported; i < findings.size(); ++i) {
    std::fprintf(stderr, "emulator: finding %zu after %llu inputs: %s %s: %s\n", i + 1,
                 static_cast<unsigned long long>(target.inputs), findings[i].operation.c_str(),
                 findings[i].oracle.c_str(), findings[i].rule.c_str());
  }
  target.reported = findings.size();
  WriteReport(target.session->result());
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard::fuzz;
  Target& target = TheTarget();
  ByteReader reader(data, size);
  std::size_t which = reader.Byte();
  std::uint64_t seed = reader.Word();
  Mutation mutation = ReadMutation(reader);
  ++target.inputs;
  if (target.url.empty()) {
    // A fresh emulator (its id generator seeded alike) makes every run of an input the same.
    auto emulator = shapeguard::emulator::Emulator::Create(Builtin());
    if (!emulator.ok()) Fail("the reference emulator starts", emulator.error());
    target.emulator = std::move(emulator).value();
    target.session->Reseed(seed);
  } else {
    // The endpoint keeps its state: names must not repeat between inputs.
    target.session->Reseed(seed ^ (target.inputs << 40));
  }
  shapeguard::Status status = target.session->Run(which, mutation);
  if (!status.ok()) {
    std::fprintf(stderr, "emulator: %s stopped answering: %s\n", target.url.c_str(),
                 status.message().c_str());
    _exit(2);  // the endpoint's failure, not the input's: no crash file
  }
  Judge(target);
  return 0;
}
