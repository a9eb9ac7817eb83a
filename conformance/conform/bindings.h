// The values a scenario has learned from the responses so far (an API's id, a stage's
// name, ...), and how they flow into later requests: RESTler-style producer/consumer
// inference by member name.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_BINDINGS_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_BINDINGS_H_

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "conform/scenario_hints.h"
#include "shapeguard/operation.h"

namespace shapeguard::conformance {

// The binding names a response member produces: its own name; for "Id" (or "id") in the
// response of CreateX also "XId" (CreateRestApi's id is a RestApiId); and any name the hints
// give. Names compare ignoring case, as REST models write restApiId where HTTP APIs write
// ApiId.
std::set<std::string> ProducedNames(const std::string& operation, const std::string& member,
                                    const ScenarioHints& hints);

// True when `member` names what the Create operation creates rather than something it
// refers to: its stem (the name without an Id/Name/Identifier suffix) is the operation's
// noun. CreateStage creates stageName but refers to deploymentId.
bool CreatesMember(const std::string& operation, const std::string& member);

// The member name without its "Id", "Name" or "Identifier" suffix, lower case.
std::string MemberStem(const std::string& member);

// True for names of identifiers (ending in Id, Identifier, Name or Number, and longer than
// that word): the values bindings carry. A bare "Name" or "Description" is not one.
bool IsIdentifierName(const std::string& name);

// The key a binding name is stored under (lower case).
std::string BindingKey(const std::string& name);

// An identifier of the same length and character classes as `id` that names nothing the
// scenario created: each letter and digit rotated half-way round its alphabet, so patterns
// the id met still hold.
std::string UnknownLike(const std::string& id);

// Values by binding key.
class Bindings {
 public:
  // Records the identifiers among the top-level members of a success response (the
  // parameter form: members named like *Id, *Name, *Identifier, *Number, or renamed by the
  // hints) under every name they produce.
  void Harvest(const std::string& operation, const nlohmann::json& output,
               const ScenarioHints& hints);

  // The value bound to a name, or nullptr.
  const nlohmann::json* Find(const std::string& name) const;

  void Set(const std::string& name, nlohmann::json value);

  // Fills the top-level members of a request (parameter form) that have a binding, except
  // the names in `keep` (the member a violation is in) and those the operation creates
  // (CreatesMember). A bound number becomes a string where the member is a string (a version
  // number that an id-like member refers to), and the other way round.
  void Apply(const Operation& operation, nlohmann::json& params,
             const std::set<std::string>& keep) const;

  // The required top-level members of `params` that Apply fills with a bound text value:
  // the identifiers by which the request names the resources it needs, in input order.
  // (Optional ones may name resources of other services, a KMS key, that no scenario made.)
  std::vector<std::string> BoundMembers(const Operation& operation,
                                        const nlohmann::json& params) const;

  // The required identifiers of the operation's input (URI labels first) that no binding
  // fills and the operation does not create: after a scenario left a prerequisite out, what
  // the request names there is made up, so it names nothing.
  std::vector<std::string> UnboundMembers(const Operation& operation) const;

 private:
  std::map<std::string, nlohmann::json> values_;
};

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_BINDINGS_H_
