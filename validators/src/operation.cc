#include "shapeguard/operation.h"

#include <algorithm>
#include <set>
#include <utility>

#include "program.h"

namespace shapeguard {
namespace {

// The compiler keeps botocore's location text (explain prints it); the view types it.
Location LocationNamed(const std::string& location) {
  if (location.empty()) return Location::kBody;
  if (location == "uri") return Location::kUri;
  if (location == "querystring") return Location::kQueryString;
  if (location == "header") return Location::kHeader;
  if (location == "headers") return Location::kHeaders;
  if (location == "statusCode") return Location::kStatusCode;
  return Location::kBody;
}

Protocol ProtocolNamed(const std::string& name) {
  if (name == "rest-json") return Protocol::kRestJson;
  if (name == "rest-xml") return Protocol::kRestXml;
  if (name == "json") return Protocol::kJson;
  if (name == "query") return Protocol::kQuery;
  if (name == "ec2") return Protocol::kEc2;
  return Protocol::kOther;
}

}  // namespace

// ShapeView.

ShapeKind ShapeView::kind() const { return internal::KindOf(node_->type, node_->is_union); }

bool ShapeView::has_members() const { return node_->type == internal::ShapeType::kStructure; }

const std::string& ShapeView::name() const { return node_->shape; }

std::optional<TimestampFormat> ShapeView::timestamp_format() const {
  return node_->timestamp_format;
}

bool ShapeView::streaming() const { return node_->streaming; }

bool ShapeView::flattened() const { return node_->flattened; }

const std::string& ShapeView::list_member_name() const { return node_->item_name; }

const std::string& ShapeView::map_key_name() const { return node_->key_name; }

const std::string& ShapeView::map_value_name() const { return node_->value_name; }

bool ShapeView::eventstream() const { return node_->eventstream; }

ShapeView::ShapeView(const internal::Program* program, const internal::Slot& slot)
    : program_(program), node_(&program->nodes[slot.node]), checks_(&slot.checks) {}

std::vector<MemberView> ShapeView::members() const {
  std::vector<MemberView> members;
  members.reserve(node_->members.size());
  for (const internal::Member& member : node_->members) {
    members.push_back(MemberView(program_, &member));
  }
  return members;
}

std::vector<MemberView> ShapeView::required_members() const {
  std::vector<MemberView> members;
  for (std::uint32_t i : node_->required_in_model_order) {
    members.push_back(MemberView(program_, &node_->members[i]));
  }
  return members;
}

std::optional<MemberView> ShapeView::FindMember(std::string_view name) const {
  const internal::Member* member = node_->FindMember(name);
  if (!member) return std::nullopt;
  return MemberView(program_, member);
}

std::optional<MemberView> ShapeView::payload() const {
  if (node_->payload.empty()) return std::nullopt;
  return FindMember(node_->payload);
}

std::optional<ShapeView> ShapeView::list_member() const {
  if (node_->type != internal::ShapeType::kList) return std::nullopt;
  return Child(node_->item);
}

std::optional<ShapeView> ShapeView::map_key() const {
  if (node_->type != internal::ShapeType::kMap) return std::nullopt;
  return Child(node_->key);
}

std::optional<ShapeView> ShapeView::map_value() const {
  if (node_->type != internal::ShapeType::kMap) return std::nullopt;
  return Child(node_->value);
}

std::vector<ShapeView> ShapeView::Positions() const {
  std::vector<ShapeView> out;
  std::set<std::pair<const internal::Node*, const internal::CheckList*>> seen;
  std::vector<ShapeView> pending = {*this};
  while (!pending.empty()) {
    ShapeView view = pending.back();
    pending.pop_back();
    if (!seen.emplace(view.node_, view.checks_).second) continue;
    out.push_back(view);
    const internal::Node& node = *view.node_;
    // Pushed in reverse, so that members come out in model order.
    for (auto member = node.members.rbegin(); member != node.members.rend(); ++member) {
      pending.push_back(view.Child(member->slot));
    }
    if (node.type == internal::ShapeType::kList) pending.push_back(view.Child(node.item));
    if (node.type == internal::ShapeType::kMap) {
      pending.push_back(view.Child(node.value));
      pending.push_back(view.Child(node.key));
    }
  }
  return out;
}

// MemberView.

const std::string& MemberView::name() const { return member_->name; }

const std::string& MemberView::wire_name() const { return member_->wire_name; }

bool MemberView::flattened() const { return member_->flattened; }

const std::string& MemberView::query_name() const { return member_->query_name; }

Location MemberView::location() const { return LocationNamed(member_->location); }

bool MemberView::required() const { return member_->required; }

std::optional<TimestampFormat> MemberView::own_timestamp_format() const {
  return member_->timestamp_format;
}

TimestampFormat MemberView::timestamp_format(TimestampFormat location_default) const {
  if (member_->timestamp_format) return *member_->timestamp_format;
  return shape().timestamp_format().value_or(location_default);
}

ShapeView MemberView::shape() const { return ShapeView(program_, member_->slot); }

// Operation.

Operation::Operation(std::shared_ptr<const internal::Program> program,
                     const internal::OperationSlots* slots)
    : program_(std::move(program)), slots_(slots) {}

const std::string& Operation::service() const { return program_->model->service(); }

const std::string& Operation::name() const { return slots_->name; }

std::string Operation::qualified_name() const { return service() + "." + name(); }

Protocol Operation::protocol() const { return ProtocolNamed(program_->protocol); }

const std::string& Operation::protocol_name() const { return program_->protocol; }

const std::string& Operation::signing_name() const { return program_->signing_name; }

const std::string& Operation::target_prefix() const { return program_->target_prefix; }

const std::string& Operation::api_version() const { return program_->api_version; }

const std::string& Operation::http_method() const { return slots_->method; }

const std::string& Operation::request_uri() const { return slots_->request_uri; }

int Operation::success_code() const { return slots_->success_code; }

bool Operation::has_http_binding() const {
  return !slots_->method.empty() && !slots_->request_uri.empty();
}

const std::vector<OperationError>& Operation::errors() const { return slots_->errors; }

bool Operation::DeclaresError(std::string_view shape) const {
  return std::any_of(slots_->errors.begin(), slots_->errors.end(),
                     [&](const OperationError& error) {
                       return error.shape == shape || (!error.code.empty() && error.code == shape);
                     });
}

const OperationError* Operation::ErrorForStatus(int status) const {
  for (const OperationError& error : slots_->errors) {
    if (error.http_status == status) return &error;
  }
  return nullptr;
}

std::optional<ShapeView> Operation::Root(const internal::Slot& slot) const {
  // An operation without input (or output) has the empty root node, which names no shape.
  if (program_->nodes[slot.node].shape.empty()) return std::nullopt;
  return ShapeView(program_.get(), slot);
}

std::optional<ShapeView> Operation::input() const { return Root(slots_->input); }

std::optional<ShapeView> Operation::output() const { return Root(slots_->output); }

}  // namespace shapeguard
