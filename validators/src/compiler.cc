#include "compiler.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

#include "checks/registry.h"
#include "shapeguard/timestamp.h"

namespace shapeguard::internal {
namespace {

using nlohmann::json;

// A trait of a model object read with the type it should have: models from --models are
// checked only for the traits validation reads, so a wire trait of another type counts as
// absent.
std::string StringTrait(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

bool BoolTrait(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

const json* ObjectTrait(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_object() ? &*it : nullptr;
}

// The format a "timestampFormat" trait names, if any (the timestamp module reads the name).
std::optional<TimestampFormat> TimestampFormatTrait(const json& object) {
  return TimestampFormatFromName(StringTrait(object, "timestampFormat"));
}

// The document where a node's shape was first reached, and the overlay targets (more
// specific than the shape itself) under which it was reached.
struct PendingNode {
  NodeId id;
  std::string shape;
  std::vector<std::string> contexts;
};

// An overlay rule whose target resolved in the model, with the type found there.
struct IndexedRule {
  const Overlay* overlay;
  const OverlayRule* rule;
  ShapeType type;
};

class Compiler : public TargetResolver {
 public:
  Compiler(std::shared_ptr<const ServiceModel> model, const std::vector<const Overlay*>& overlays)
      : model_(std::move(model)) {
    for (const Overlay* overlay : overlays) {
      for (const OverlayRule& rule : overlay->rules) IndexRule(*overlay, rule);
    }
  }

  // Compiles every operation, or only `only` when it is not null.
  Result<std::shared_ptr<const Program>> Run(const std::string* only) {
    program_.model = model_;
    program_.protocol = model_->MetadataString("protocol");
    program_.signing_name = SigningName();
    program_.target_prefix = model_->MetadataString("targetPrefix");
    program_.api_version = model_->MetadataString("apiVersion");
    BuildEveryRule();
    if (only) {
      const json* op = model_->FindOperation(*only);
      if (!op) return Status::Error(model_->origin() + ": no operation \"" + *only + "\"");
      AddOperation(*only, *op);
    } else {
      for (const auto& [name, op] : model_->document().at("operations").items()) {
        AddOperation(name, op);
      }
    }
    while (!pending_.empty()) {
      PendingNode next = std::move(pending_.front());
      pending_.pop_front();
      BuildNode(next);
    }
    if (!error_.ok()) return error_;
    MakeAcceptors();
    return std::shared_ptr<const Program>(std::make_shared<Program>(std::move(program_)));
  }

 private:
  // Registers an overlay rule under its target, after checking that the target resolves.
  void IndexRule(const Overlay& overlay, const OverlayRule& rule) {
    auto type = ResolveTarget(rule.steps);
    if (!type.ok()) {
      program_.warnings.push_back(overlay.origin + ": rule for " + rule.target + ": " +
                                  type.error() + "; skipped");
      return;
    }
    rules_at_[rule.target].push_back({&overlay, &rule, type.value()});
    std::string prefix = rule.steps[0];
    for (std::size_t i = 1; i < rule.steps.size(); ++i) {
      has_rules_below_.insert(prefix);
      prefix += "$" + rule.steps[i];
    }
  }

  // Once every slot has its final checks.
  void MakeAcceptors() {
    auto make = [this](Slot& slot) { slot.MakeAcceptor(program_.nodes[slot.node].type); };
    for (Node& node : program_.nodes) {
      for (Member& member : node.members) make(member.slot);
      for (Slot* slot : {&node.item, &node.key, &node.value}) make(*slot);
    }
    for (auto& [name, slots] : program_.operations) {
      make(slots.input);
      make(slots.output);
    }
  }

  void AddOperation(const std::string& name, const json& op) {
    OperationSlots slots;
    slots.name = name;
    slots.input = RootSlot(op, "input");
    slots.output = RootSlot(op, "output");
    ReadHttpFacts(op, slots);
    program_.operations.emplace(name, std::move(slots));
  }

  // The operation's HTTP binding and declared errors: what the wire codec, the emulator and
  // the conformance oracles need, read here once instead of from the model per request.
  void ReadHttpFacts(const json& op, OperationSlots& slots) const {
    if (const json* http = ObjectTrait(op, "http")) {
      slots.method = StringTrait(*http, "method");
      slots.request_uri = StringTrait(*http, "requestUri");
      auto code = http->find("responseCode");
      if (code != http->end() && code->is_number_integer()) slots.success_code = code->get<int>();
    }
    auto errors = op.find("errors");
    if (errors == op.end() || !errors->is_array()) return;
    for (const json& ref : *errors) {
      if (!ref.is_object()) continue;
      OperationError error;
      error.shape = StringTrait(ref, "shape");
      const json* shape = error.shape.empty() ? nullptr : model_->FindShape(error.shape);
      const json* trait = shape ? ObjectTrait(*shape, "error") : nullptr;
      if (trait) {
        auto status = trait->find("httpStatusCode");
        if (status != trait->end() && status->is_number_integer()) {
          error.http_status = status->get<int>();
        }
        error.code = StringTrait(*trait, "code");
      }
      slots.errors.push_back(std::move(error));
    }
  }

  // botocore's rule: metadata.signingName, else endpointPrefix, else the service name.
  std::string SigningName() const {
    for (const char* key : {"signingName", "endpointPrefix"}) {
      std::string name = model_->MetadataString(key);
      if (!name.empty()) return name;
    }
    return model_->service();
  }

  // A shape the model has: every reference in a checked model names one.
  const json& ShapeNamed(const std::string& name) const { return *model_->FindShape(name); }

  // Builds the check of every rule whose target resolved, used or not by the operations
  // compiled: an overlay rule that cannot be built is an error whichever operations are
  // compiled, so compiling one operation fails exactly when compiling the service does.
  void BuildEveryRule() {
    for (const auto& [target, rules] : rules_at_) {
      for (const IndexedRule& r : rules) RuleCheck(r, r.type);
    }
  }

  // The type at the end of a target's steps, or why the model has no such position.
  Result<ShapeType> ResolveTarget(const std::vector<std::string>& steps) const {
    auto chain = ShapeChain(steps);
    if (!chain.ok()) return chain.status();
    return TypeOf(ShapeNamed(chain.value().back()));
  }

  // The shapes a target's steps pass through: the first step's shape, then the shape of each
  // following step.
  Result<std::vector<std::string>> ShapeChain(const std::vector<std::string>& steps) const {
    std::vector<std::string> chain = {steps[0]};
    for (std::size_t i = 0;; ++i) {
      const json* shape = model_->FindShape(chain.back());
      if (!shape) return Status::Error("no shape \"" + chain.back() + "\" in the model");
      if (i + 1 == steps.size()) return chain;
      ShapeType type = TypeOf(*shape);
      const std::string& step = steps[i + 1];
      const json* ref = ChildRef(*shape, type, step);
      if (!ref) {
        return Status::Error("shape " + chain.back() + " (" + std::string(ShapeTypeName(type)) +
                             ") has no \"" + step + "\"");
      }
      chain.push_back(ref->at("shape").get<std::string>());
    }
  }

  // TargetResolver: the type and merged checks at a target, as a slot there would have them
  // (positions from the most general, "<parent shape>$<last step>", to the target itself).
  Result<ResolvedTarget> Resolve(std::string_view target) override {
    std::vector<std::string> steps = {""};
    for (char c : target) {
      if (c == '$') {
        steps.emplace_back();
      } else {
        steps.back().push_back(c);
      }
    }
    auto chain = ShapeChain(steps);
    if (!chain.ok()) return chain.status();
    std::string key(target);
    if (!resolving_.insert(key).second) {
      return Status::Error("the rules of " + key + " refer back to " + key);
    }
    const std::string& shape = chain.value().back();
    Slot slot;
    slot.checks = ModelChecks(shape);
    ShapeType type = TypeOf(ShapeNamed(shape));
    ApplyRules(shape, type, slot);
    for (std::size_t k = steps.size() - 1; k-- > 0;) {
      std::string position = chain.value()[k];
      for (std::size_t i = k + 1; i < steps.size(); ++i) position += "$" + steps[i];
      ApplyRules(position, type, slot);
    }
    resolving_.erase(key);
    return ResolvedTarget{type, slot.checks};
  }

  // The member reference a step names: a structure member, a list's "member", a map's "key"
  // or "value".
  static const json* ChildRef(const json& shape, ShapeType type, const std::string& step) {
    switch (type) {
      case ShapeType::kStructure: {
        auto members = shape.find("members");
        if (members == shape.end()) return nullptr;
        auto it = members->find(step);
        return it == members->end() ? nullptr : &*it;
      }
      case ShapeType::kList:
        return step == "member" ? &shape.at("member") : nullptr;
      case ShapeType::kMap:
        return step == "key" || step == "value" ? &shape.at(step) : nullptr;
      default:
        return nullptr;
    }
  }

  static ShapeType TypeOf(const json& shape) {
    ShapeType type = *ShapeTypeFromName(shape.at("type").get<std::string>());
    // Documents hold any JSON; event streams have no parameter form to check.
    bool any = shape.value("document", false) || shape.value("eventstream", false);
    return any ? ShapeType::kDocument : type;
  }

  Slot RootSlot(const json& op, const char* direction) {
    auto ref = op.find(direction);
    if (ref == op.end()) return EmptySlot();
    return MakeSlot(ref->at("shape").get<std::string>(), {}, false);
  }

  // An operation without input (or output) takes exactly "{}".
  Slot EmptySlot() {
    if (!empty_node_) {
      empty_node_ = static_cast<NodeId>(program_.nodes.size());
      program_.nodes.emplace_back();
    }
    Slot slot;
    slot.node = *empty_node_;
    return slot;
  }

  // The slot of a value of `shape` reached at `positions` (overlay targets, general first).
  Slot MakeSlot(const std::string& shape, const std::vector<std::string>& positions,
                bool nullable) {
    Slot slot;
    slot.nullable = nullable;
    slot.checks = ModelChecks(shape);
    ShapeType type = TypeOf(ShapeNamed(shape));
    ApplyRules(shape, type, slot);
    std::vector<std::string> contexts;
    for (const std::string& position : positions) {
      ApplyRules(position, type, slot);
      if (has_rules_below_.count(position)) contexts.push_back(position);
    }
    slot.node = NodeFor(shape, std::move(contexts));
    return slot;
  }

  // Merges the rules stated for `target` into the slot: they replace checks of the same
  // kind that less specific targets gave, and add to the others.
  void ApplyRules(const std::string& target, ShapeType type, Slot& slot) {
    auto it = rules_at_.find(target);
    if (it == rules_at_.end()) return;
    std::set<std::string> kinds;
    for (const IndexedRule& r : it->second) kinds.insert(r.rule->check);
    std::erase_if(slot.checks, [&](const auto& c) { return kinds.count(c->kind()) > 0; });
    for (const IndexedRule& r : it->second) {
      if (auto check = RuleCheck(r, type)) slot.checks.push_back(std::move(check));
    }
    slot.target = target;
  }

  std::shared_ptr<const Check> RuleCheck(const IndexedRule& r, ShapeType type) {
    auto cached = rule_checks_.find(r.rule);
    if (cached != rule_checks_.end()) return cached->second;
    CheckSpec spec{r.rule->args, "overlay:" + r.rule->source, type, regexes_, this};
    auto check = MakeCheck(r.rule->check, spec);
    if (!check.ok()) {
      if (error_.ok()) {
        error_ = Status::Error(r.overlay->origin + ": rule for " + r.rule->target + ": " +
                               check.error());
      }
      rule_checks_[r.rule] = nullptr;
      return nullptr;
    }
    rule_checks_[r.rule] = check.value();
    return check.value();
  }

  // The checks the model's own traits give a shape, built once per shape so a trait that
  // cannot be compiled is reported once.
  const CheckList& ModelChecks(const std::string& shape_name) {
    auto cached = model_checks_.find(shape_name);
    if (cached != model_checks_.end()) return cached->second;
    const json& shape = ShapeNamed(shape_name);
    ShapeType type = TypeOf(shape);
    CheckList checks;
    auto add = [&](const char* kind, const json& args) {
      CheckSpec spec{args, "model", type, regexes_};
      auto check = MakeCheck(kind, spec);
      if (check.ok()) {
        checks.push_back(check.value());
      } else {
        program_.warnings.push_back(model_->service() + ": shape " + shape_name + ": " +
                                    check.error() + "; skipped");
      }
    };
    json bounds = json::object();
    for (const char* bound : {"min", "max"}) {
      if (shape.contains(bound)) bounds[bound] = shape.at(bound);
    }
    bool has_bounds = !bounds.empty();
    switch (type) {
      case ShapeType::kString:
        if (has_bounds) add("length", bounds);
        if (shape.contains("enum")) add("enum", {{"values", shape.at("enum")}});
        if (shape.contains("pattern")) {
          add("pattern", {{"regex", shape.at("pattern")}, {"anchoring", "search"}});
        }
        break;
      case ShapeType::kBlob:
        if (has_bounds) add("length", bounds);
        break;
      case ShapeType::kList:
      case ShapeType::kMap:
        if (has_bounds) add("size", bounds);
        break;
      default:
        if (IsNumeric(type) && has_bounds) add("range", bounds);
        break;
    }
    return model_checks_.emplace(shape_name, std::move(checks)).first->second;
  }

  // The node for a shape reached under contexts: built once, queued so that recursive and
  // deep shape graphs are compiled without recursion.
  NodeId NodeFor(const std::string& shape, std::vector<std::string> contexts) {
    std::string key = shape;
    for (const std::string& c : contexts) key += "|" + c;
    if (auto it = memo_.find(key); it != memo_.end()) return it->second;
    auto id = static_cast<NodeId>(program_.nodes.size());
    program_.nodes.emplace_back();
    memo_.emplace(std::move(key), id);
    pending_.push_back({id, shape, std::move(contexts)});
    return id;
  }

  // Slot for the child `step` of a node: positions are "<shape>$<step>" and the same step
  // under each context.
  Slot ChildSlot(const PendingNode& p, const std::string& step, const std::string& child_shape,
                 bool nullable) {
    std::vector<std::string> positions = {p.shape + "$" + step};
    for (const std::string& c : p.contexts) positions.push_back(c + "$" + step);
    return MakeSlot(child_shape, positions, nullable);
  }

  void BuildNode(const PendingNode& p) {
    const json& shape = ShapeNamed(p.shape);
    Node node;
    node.type = TypeOf(shape);
    node.shape = p.shape;
    node.streaming = BoolTrait(shape, "streaming");
    node.eventstream = BoolTrait(shape, "eventstream");
    node.sensitive = BoolTrait(shape, "sensitive");
    node.requires_length = BoolTrait(shape, "requiresLength");
    node.timestamp_format = TimestampFormatTrait(shape);
    bool sparse = shape.value("sparse", false);
    node.flattened = BoolTrait(shape, "flattened");
    auto shape_of = [](const json& ref) { return ref.at("shape").get<std::string>(); };
    switch (node.type) {
      case ShapeType::kStructure:
        BuildStructure(p, shape, node);
        break;
      case ShapeType::kList:
        node.item = ChildSlot(p, "member", shape_of(shape.at("member")), sparse);
        node.item_name = StringTrait(shape.at("member"), "locationName");
        break;
      case ShapeType::kMap:
        node.key = ChildSlot(p, "key", shape_of(shape.at("key")), false);
        node.value = ChildSlot(p, "value", shape_of(shape.at("value")), sparse);
        node.key_name = StringTrait(shape.at("key"), "locationName");
        node.value_name = StringTrait(shape.at("value"), "locationName");
        break;
      default:
        break;
    }
    program_.nodes[p.id] = std::move(node);
  }

  // A URI label cannot be empty: the path would lose a segment (Smithy: httpLabel values
  // must not be empty). Raises a string label's minimum length to 1.
  void RequireNonEmptyLabel(Slot& slot, ShapeType type) {
    if (type != ShapeType::kString) return;
    auto length = std::find_if(slot.checks.begin(), slot.checks.end(),
                               [](const auto& c) { return c->kind() == "length"; });
    json args = {{"min", 1}};
    if (length != slot.checks.end()) {
      std::uint64_t min = (*length)->args().value("min", std::uint64_t{0});
      if (min >= 1) return;
      if ((*length)->args().contains("max")) args["max"] = (*length)->args()["max"];
      slot.checks.erase(length);
    }
    CheckSpec spec{args, "model", ShapeType::kString, regexes_, this};
    if (auto check = MakeCheck("length", spec); check.ok()) slot.checks.push_back(check.value());
  }

  // A "hostLabel" member's value becomes part of the endpoint's host name, so it must be
  // one DNS label (RFC 1123: letters, digits and '-', not at either end, 1 to 63 of them),
  // as the SDKs check before sending.
  void RequireHostLabel(Slot& slot, ShapeType type) {
    if (type != ShapeType::kString) return;
    json args = {{"regex", "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"}, {"anchoring", "full"}};
    CheckSpec spec{args, "model", ShapeType::kString, regexes_, this};
    if (auto check = MakeCheck("pattern", spec); check.ok()) slot.checks.push_back(check.value());
  }

  void BuildStructure(const PendingNode& p, const json& shape, Node& node) {
    node.is_union = shape.value("union", false);
    node.payload = StringTrait(shape, "payload");
    std::set<std::string> required;
    if (auto r = shape.find("required"); r != shape.end()) {
      for (const auto& name : *r) required.insert(name.get<std::string>());
    }
    if (auto members = shape.find("members"); members != shape.end()) {
      for (const auto& [name, ref] : members->items()) {
        Member member;
        member.name = name;
        member.wire_name = ref.value("locationName", name);
        member.location = ref.value("location", "");
        member.required = required.erase(name) > 0;
        member.timestamp_format = TimestampFormatTrait(ref);
        member.idempotency_token = BoolTrait(ref, "idempotencyToken");
        member.host_label = BoolTrait(ref, "hostLabel");
        member.streaming = BoolTrait(ref, "streaming");
        member.requires_length = BoolTrait(ref, "requiresLength");
        member.flattened = BoolTrait(ref, "flattened");
        member.query_name = StringTrait(ref, "queryName");
        member.slot = ChildSlot(p, name, ref.at("shape").get<std::string>(), false);
        ShapeType type = TypeOf(ShapeNamed(ref.at("shape").get<std::string>()));
        if (member.location == "uri") RequireNonEmptyLabel(member.slot, type);
        if (member.host_label) RequireHostLabel(member.slot, type);
        node.members.push_back(std::move(member));
      }
    }
    for (const std::string& name : required) {
      program_.warnings.push_back(model_->service() + ": shape " + p.shape +
                                  ": required member \"" + name + "\" is not declared; ignored");
    }
    node.IndexMembers();
    ListRequiredInModelOrder(shape, node);
  }

  // The model's order of "required" decides the order in which the conformance planner
  // looks for prerequisites, so the view keeps it beside the members' sorted order.
  static void ListRequiredInModelOrder(const json& shape, Node& node) {
    auto r = shape.find("required");
    if (r == shape.end()) return;
    for (const auto& name : *r) {
      std::uint32_t i = node.member_index.Find(name.get<std::string>());
      if (i != NameIndex::kNotFound) node.required_in_model_order.push_back(i);
    }
  }

  std::shared_ptr<const ServiceModel> model_;
  Program program_;
  Status error_;
  RegexCache regexes_;
  std::map<std::string, std::vector<IndexedRule>> rules_at_;
  std::set<std::string> has_rules_below_;
  std::map<std::string, CheckList> model_checks_;
  std::map<const OverlayRule*, std::shared_ptr<const Check>> rule_checks_;
  std::map<std::string, NodeId> memo_;
  std::set<std::string> resolving_;
  std::deque<PendingNode> pending_;
  std::optional<NodeId> empty_node_;
};

}  // namespace

Result<std::shared_ptr<const Program>> CompileService(std::shared_ptr<const ServiceModel> model,
                                                      const std::vector<const Overlay*>& overlays) {
  return Compiler(std::move(model), overlays).Run(nullptr);
}

Result<std::shared_ptr<const Program>> CompileOperation(std::shared_ptr<const ServiceModel> model,
                                                        const std::vector<const Overlay*>& overlays,
                                                        const std::string& operation) {
  return Compiler(std::move(model), overlays).Run(&operation);
}

}  // namespace shapeguard::internal
