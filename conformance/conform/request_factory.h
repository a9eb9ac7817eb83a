// Requests for a scenario step: generated from the operation's Schema (valid, or with one
// rule broken), then made to fit the scenario: hints applied, identifiers bound.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_REQUEST_FACTORY_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_REQUEST_FACTORY_H_

#include <rapidcheck.h>

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "conform/bindings.h"
#include "conform/oracles/oracles.h"
#include "conform/scenario_hints.h"
#include "instance_generator.h"
#include "shapeguard/operation.h"
#include "shapeguard/schema.h"

namespace shapeguard::conformance {

// A request with one rule broken, and that rule.
struct InvalidRequest {
  nlohmann::json params;
  BrokenRule rule;
};

// Draws requests from one seeded random stream: the same seed and the same sequence of
// calls give the same requests. Not thread-safe.
class RequestFactory {
 public:
  // Generation sizes cycle from 0 to `max_size` (RapidCheck's scale: 100 gives large
  // requests; a fuzzer, which wants many scenarios a second, asks for less).
  RequestFactory(const ScenarioHints& hints, std::uint64_t seed, int max_size = 100);

  // A request for `operation`, drawn from its input schema. `valid` is false when binding made it
  // invalid (an identifier the endpoint returned breaks the model): it is still sent, to
  // go on with the scenario, but not judged as a valid request. nullopt when the generator
  // finds no instance.
  struct Valid {
    nlohmann::json params;
    bool valid = true;
  };
  std::optional<Valid> MakeValid(const std::shared_ptr<const Schema>& input,
                                 const Operation& operation, const Bindings& bindings);

  // A request breaking exactly one rule that a server can see (not an undeclared member,
  // which services ignore, nor a missing URI label, which changes the route), with every
  // other member fit for the scenario; nullopt when none is found in a few draws.
  // With `kind`, only violations of that code are tried.
  std::optional<InvalidRequest> MakeInvalid(const std::shared_ptr<const Schema>& input,
                                            const Operation& operation, const Bindings& bindings,
                                            std::optional<Code> kind = std::nullopt);

  // A valid request with the required member `member` left out (a body, header or query
  // member: a missing URI label changes the route); nullopt when none is found.
  std::optional<InvalidRequest> MakeMissing(const std::shared_ptr<const Schema>& input,
                                            const Operation& operation, const Bindings& bindings,
                                            const std::string& member);

  // True when the input has a place for a violation of `kind` that the wire carries (not
  // only URI labels, undeclared members or scalar type swaps that JSON readers coerce).
  bool CanBreakOnTheWire(const std::shared_ptr<const Schema>& input, const Operation& operation,
                         Code kind);

  // Draws from a stream seeded with `seed` from now on, as a new factory would (generators
  // already built are kept: building one compiles its regexes). Resource names come from the
  // seed, so a long-lived endpoint sees new names only under new seeds.
  void Reseed(std::uint64_t seed);

 private:
  // Hints and bindings applied to a generated request; `keep` is left as generated.
  void Fit(const Operation& operation, nlohmann::json& params, const Bindings& bindings,
           const std::string& keep);

  // Gives the members that name a resource (URI labels, the name a Create gives) a plain,
  // unique name: AWS restricts resource names beyond the models (HTTP API and REST stage
  // names are [A-Za-z0-9-_]), and a "/" in a label would change the route.
  void NameResources(const Operation& operation, nlohmann::json& params, const std::string& keep);

  template <typename T>
  std::optional<T> Draw(const rc::Gen<T>& gen);

  const ScenarioHints& hints_;
  rc::Random stream_;
  std::uint64_t seed_;
  int max_size_;
  std::uint64_t draws_ = 0;
  std::uint64_t names_ = 0;
  std::map<std::string, std::size_t> next_kind_;  // operation -> violation kind to try next
  // Generators are built once per operation (and kind): building one compiles its regexes.
  std::map<std::string, rc::Gen<nlohmann::json>> valid_gens_;
  std::map<std::pair<std::string, Code>, rc::Gen<properties::Violation>> invalid_gens_;
  std::map<std::pair<std::string, Code>, bool> wire_places_;

  const rc::Gen<properties::Violation>& InvalidGen(const std::shared_ptr<const Schema>& input,
                                                   Code kind);
};

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_REQUEST_FACTORY_H_
