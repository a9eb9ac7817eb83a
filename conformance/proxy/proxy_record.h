// What the proxy saw: counts per operation and side, the violations de-duplicated, the
// requests it could not place or read, and an NDJSON line per exchange that broke the
// contract. Shared by every worker thread.
#ifndef SHAPEGUARD_CONFORMANCE_PROXY_PROXY_RECORD_H_
#define SHAPEGUARD_CONFORMANCE_PROXY_PROXY_RECORD_H_

#include <cstdint>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "proxy/violation.h"

namespace shapeguard::proxy {

// Counts for one side of one operation.
struct SideCounts {
  std::uint64_t exchanges = 0;  // seen
  std::uint64_t validated = 0;  // read and judged (the others are "not validated yet")
  std::uint64_t violating = 0;  // judged, with at least one violation
};

// One violation kind, as reports list it: the first exchange that showed it, and how often.
struct RecordedViolation {
  std::string operation;
  Violation violation;
  nlohmann::ordered_json request;   // {"method", "path", "query", "headers", "body", "params"}
  nlohmann::ordered_json response;  // {"status", "headers", "body"}
  std::string reproduce;            // a curl command sending the request again
  std::uint64_t count = 0;
};

// A snapshot of everything recorded, for the reports.
struct ProxySummary {
  std::string upstream;
  std::string mode;
  std::uint64_t exchanges = 0;
  std::uint64_t violating_exchanges = 0;
  std::uint64_t upstream_failures = 0;
  std::map<std::string, std::map<std::string, SideCounts>> operations;  // op -> side -> counts
  std::map<std::string, std::uint64_t> unrecognised;                    // "METHOD /path" -> count
  // "service.Operation" -> why it is not validated ("rest-xml requests are not validated yet").
  std::map<std::string, std::string> not_validated;
  std::vector<RecordedViolation> violations;  // in the order first seen
};

// One exchange as the proxy judged it.
struct ExchangeRecord {
  std::string operation;
  bool request_read = false;   // the request was decoded and validated
  bool response_read = false;  // the response was decoded and judged
  std::vector<Violation> violations;
  nlohmann::ordered_json request;
  nlohmann::ordered_json response;
  std::string reproduce;
};

class ProxyRecord {
 public:
  ProxyRecord(std::string upstream, std::string mode);

  // Appends an NDJSON line per violating exchange to the file (created or truncated). Fails
  // when it cannot be opened.
  bool OpenLog(const std::string& path);

  void AddExchange(const ExchangeRecord& exchange);
  // A request no operation matches (kept to 1,000 distinct method-and-path texts; the rest
  // are counted under "(others)").
  void AddUnrecognised(const std::string& method, const std::string& path);
  void AddNotValidated(const std::string& operation, const std::string& why);
  void AddUpstreamFailure();

  ProxySummary Summary() const;
  bool violated() const;

 private:
  mutable std::mutex mutex_;
  ProxySummary summary_;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> index_;
  std::ofstream log_;
};

}  // namespace shapeguard::proxy

#endif  // SHAPEGUARD_CONFORMANCE_PROXY_PROXY_RECORD_H_
