#include "wire/aws_error_response.h"

#include <nlohmann/json.hpp>

#include "wire/markup.h"

namespace shapeguard::conformance {
namespace {

// Sources: the AWS query and EC2 API references ("Common errors", "Error response"), and
// botocore's parsers, which read exactly these elements.
constexpr char kRequestId[] = "00000000-0000-0000-0000-000000000000";

std::string XmlBody(Protocol protocol, const std::string& type, const std::string& message) {
  std::string code =
      "<Code>" + EscapeMarkup(type) + "</Code><Message>" + EscapeMarkup(message) + "</Message>";
  switch (protocol) {
    case Protocol::kQuery:
      return "<ErrorResponse><Error><Type>Sender</Type>" + code + "</Error><RequestId>" +
             kRequestId + "</RequestId></ErrorResponse>";
    case Protocol::kEc2:
      return "<Response><Errors><Error>" + code + "</Error></Errors><RequestID>" + kRequestId +
             "</RequestID></Response>";
    default:
      return "<Error>" + code + "<RequestId>" + kRequestId + "</RequestId></Error>";
  }
}

}  // namespace

HttpResponse AwsErrorResponse(Protocol protocol, int status, const std::string& type,
                              const std::string& message) {
  HttpResponse response;
  response.status = status;
  response.headers["x-amzn-requestid"] = kRequestId;
  if (protocol == Protocol::kQuery || protocol == Protocol::kEc2 ||
      protocol == Protocol::kRestXml) {
    response.headers["content-type"] = "text/xml";
    response.body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + XmlBody(protocol, type, message);
    return response;
  }
  response.headers["x-amzn-errortype"] = type;
  nlohmann::json body = {{"message", message}};
  if (protocol == Protocol::kJson) {
    body["__type"] = type;
    response.headers["content-type"] = "application/x-amz-json-1.1";
  } else {
    response.headers["content-type"] = "application/json";
  }
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

std::string ValidationErrorType(const Operation& operation) {
  if (operation.DeclaresError("BadRequestException")) return "BadRequestException";
  switch (operation.protocol()) {
    case Protocol::kQuery:
      return "ValidationError";
    case Protocol::kEc2:
      return "InvalidParameterValue";
    default:
      return "ValidationException";
  }
}

}  // namespace shapeguard::conformance
