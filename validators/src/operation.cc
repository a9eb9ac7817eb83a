#include "shapeguard/operation.h"

#include <algorithm>

#include "program.h"

namespace shapeguard {
namespace {

ShapeKind KindOf(const internal::Node& node) {
  using internal::ShapeType;
  switch (node.type) {
    case ShapeType::kStructure:
      return node.is_union ? ShapeKind::kUnion : ShapeKind::kStructure;
    case ShapeType::kList:
      return ShapeKind::kList;
    case ShapeType::kMap:
      return ShapeKind::kMap;
    case ShapeType::kString:
      return ShapeKind::kString;
    case ShapeType::kInteger:
      return ShapeKind::kInteger;
    case ShapeType::kLong:
      return ShapeKind::kLong;
    case ShapeType::kFloat:
      return ShapeKind::kFloat;
    case ShapeType::kDouble:
      return ShapeKind::kDouble;
    case ShapeType::kBoolean:
      return ShapeKind::kBoolean;
    case ShapeType::kTimestamp:
      return ShapeKind::kTimestamp;
    case ShapeType::kBlob:
      return ShapeKind::kBlob;
    case ShapeType::kDocument:
      return ShapeKind::kDocument;
  }
  return ShapeKind::kDocument;
}

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

std::string_view ShapeKindName(ShapeKind kind) {
  switch (kind) {
    case ShapeKind::kStructure:
      return "structure";
    case ShapeKind::kUnion:
      return "union";
    case ShapeKind::kList:
      return "list";
    case ShapeKind::kMap:
      return "map";
    case ShapeKind::kString:
      return "string";
    case ShapeKind::kInteger:
      return "integer";
    case ShapeKind::kLong:
      return "long";
    case ShapeKind::kFloat:
      return "float";
    case ShapeKind::kDouble:
      return "double";
    case ShapeKind::kBoolean:
      return "boolean";
    case ShapeKind::kTimestamp:
      return "timestamp";
    case ShapeKind::kBlob:
      return "blob";
    case ShapeKind::kDocument:
      return "document";
  }
  return "document";
}

// ShapeView.

ShapeKind ShapeView::kind() const { return KindOf(*node_); }

bool ShapeView::has_members() const { return node_->type == internal::ShapeType::kStructure; }

const std::string& ShapeView::name() const { return node_->shape; }

std::optional<TimestampFormat> ShapeView::timestamp_format() const {
  return node_->timestamp_format;
}

bool ShapeView::streaming() const { return node_->streaming; }

bool ShapeView::eventstream() const { return node_->eventstream; }

ShapeView ShapeView::Child(std::uint32_t node) const {
  return ShapeView(program_, &program_->nodes[node]);
}

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
  return Child(node_->item.node);
}

std::optional<ShapeView> ShapeView::map_key() const {
  if (node_->type != internal::ShapeType::kMap) return std::nullopt;
  return Child(node_->key.node);
}

std::optional<ShapeView> ShapeView::map_value() const {
  if (node_->type != internal::ShapeType::kMap) return std::nullopt;
  return Child(node_->value.node);
}

// MemberView.

const std::string& MemberView::name() const { return member_->name; }

const std::string& MemberView::wire_name() const { return member_->wire_name; }

Location MemberView::location() const { return LocationNamed(member_->location); }

bool MemberView::required() const { return member_->required; }

std::optional<TimestampFormat> MemberView::own_timestamp_format() const {
  return member_->timestamp_format;
}

TimestampFormat MemberView::timestamp_format(TimestampFormat location_default) const {
  if (member_->timestamp_format) return *member_->timestamp_format;
  return shape().timestamp_format().value_or(location_default);
}

ShapeView MemberView::shape() const {
  return ShapeView(program_, &program_->nodes[member_->slot.node]);
}

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

const std::string& Operation::http_method() const { return slots_->method; }

const std::string& Operation::request_uri() const { return slots_->request_uri; }

int Operation::success_code() const { return slots_->success_code; }

bool Operation::has_http_binding() const {
  return !slots_->method.empty() && !slots_->request_uri.empty();
}

const std::vector<OperationError>& Operation::errors() const { return slots_->errors; }

bool Operation::DeclaresError(std::string_view shape) const {
  return std::any_of(slots_->errors.begin(), slots_->errors.end(),
                     [&](const OperationError& error) { return error.shape == shape; });
}

const OperationError* Operation::ErrorForStatus(int status) const {
  for (const OperationError& error : slots_->errors) {
    if (error.http_status == status) return &error;
  }
  return nullptr;
}

std::optional<ShapeView> Operation::Root(std::uint32_t node) const {
  const internal::Node& root = program_->nodes[node];
  // An operation without input (or output) has the empty root node, which names no shape.
  if (root.shape.empty()) return std::nullopt;
  return ShapeView(program_.get(), &root);
}

std::optional<ShapeView> Operation::input() const { return Root(slots_->input.node); }

std::optional<ShapeView> Operation::output() const { return Root(slots_->output.node); }

}  // namespace shapeguard
