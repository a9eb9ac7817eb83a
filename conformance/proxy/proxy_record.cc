#include "proxy/proxy_record.h"

#include <utility>

namespace shapeguard::proxy {
namespace {

constexpr std::size_t kMaxUnrecognised = 1000;

}  // namespace

ProxyRecord::ProxyRecord(std::string upstream, std::string mode) {
  summary_.upstream = std::move(upstream);
  summary_.mode = std::move(mode);
}

bool ProxyRecord::OpenLog(const std::string& path) {
  log_.open(path, std::ios::out | std::ios::trunc);
  return log_.is_open();
}

void ProxyRecord::AddExchange(const ExchangeRecord& exchange) {
  std::lock_guard lock(mutex_);
  ++summary_.exchanges;
  auto& sides = summary_.operations[exchange.operation];
  bool side_violated[2] = {false, false};
  for (const Violation& violation : exchange.violations) {
    side_violated[violation.side == Side::kResponse] = true;
    auto key = std::make_tuple(exchange.operation, std::string(SideName(violation.side)),
                               violation.check, violation.rule);
    auto [it, inserted] = index_.try_emplace(key, summary_.violations.size());
    if (inserted) {
      summary_.violations.push_back({exchange.operation, violation, exchange.request,
                                     exchange.response, exchange.reproduce, 0});
    }
    ++summary_.violations[it->second].count;
  }
  const bool read[2] = {exchange.request_read, exchange.response_read};
  for (int side = 0; side < 2; ++side) {
    SideCounts& counts = sides[SideName(static_cast<Side>(side))];
    ++counts.exchanges;
    counts.validated += read[side] ? 1 : 0;
    counts.violating += side_violated[side] ? 1 : 0;
  }
  if (exchange.violations.empty()) return;
  ++summary_.violating_exchanges;
  if (!log_.is_open()) return;
  nlohmann::ordered_json line;
  line["operation"] = exchange.operation;
  line["violations"] = nlohmann::ordered_json::array();
  for (const Violation& violation : exchange.violations)
    line["violations"].push_back(ToJson(violation));
  line["request"] = exchange.request;
  line["response"] = exchange.response;
  line["reproduce"] = exchange.reproduce;
  log_ << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  log_.flush();  // a killed proxy still leaves every line it recorded
}

void ProxyRecord::AddUnrecognised(const std::string& method, const std::string& path) {
  std::lock_guard lock(mutex_);
  ++summary_.exchanges;
  std::string key = method + " " + path;
  if (summary_.unrecognised.size() >= kMaxUnrecognised && !summary_.unrecognised.count(key)) {
    key = "(others)";
  }
  ++summary_.unrecognised[key];
}

void ProxyRecord::AddNotValidated(const std::string& operation, const std::string& why) {
  std::lock_guard lock(mutex_);
  summary_.not_validated.try_emplace(operation, why);
}

void ProxyRecord::AddUpstreamFailure() {
  std::lock_guard lock(mutex_);
  ++summary_.upstream_failures;
}

ProxySummary ProxyRecord::Summary() const {
  std::lock_guard lock(mutex_);
  return summary_;
}

bool ProxyRecord::violated() const {
  std::lock_guard lock(mutex_);
  return summary_.violating_exchanges > 0;
}

}  // namespace shapeguard::proxy
