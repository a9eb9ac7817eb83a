#include "string_generator.h"

#include <map>
#include <mutex>

#include "checks/method_setting.h"
#include "choice.h"
#include "shapeguard/json_pointer.h"
#include "utf8.h"

namespace shapeguard::properties {

using internal::Check;
using internal::CheckList;
using internal::ShapeType;

namespace {

// How far past a minimum generated strings and repetitions go.
constexpr std::uint64_t kSpread = 12;

// Plain text: ASCII and characters of 2, 3 and 4 UTF-8 bytes, so that lengths are exercised
// in code points.
const std::vector<char32_t> kTextAlphabet = {'a', 'b', 'Z',  '0',   '7',    '-',    '_',    ' ',
                                             '.', '/', 0xE9, 0x3B1, 0x20AC, 0x65E5, 0x1F600};

std::uint64_t PickLength(const LengthBounds& bounds) {
  std::uint64_t hi = std::min(bounds.max, bounds.min + kSpread);
  return Pick<std::uint64_t>(bounds.min, hi + 1);
}

std::string Digits(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out.push_back(static_cast<char>('0' + Pick(0, 10)));
  return out;
}

std::string Word(int min, int max, std::string_view alphabet) {
  int n = Pick(min, max + 1);
  std::string out;
  for (int i = 0; i < n; ++i) out.push_back(alphabet[Pick<std::size_t>(0, alphabet.size())]);
  return out;
}

constexpr std::string_view kAlnum =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

std::string Arn(const nlohmann::json& args) {
  const nlohmann::json& kind = PickFrom(args.at("kinds"));
  auto regex = RegexOf(kind.at("resource").get<std::string>());
  if (!regex.ok()) throw rc::GenerationFailure(regex.error());
  static const std::vector<std::string> kRegions = {"us-east-1", "eu-west-1", "ap-southeast-2",
                                                    "sa-east-1"};
  return "arn:aws:" + kind.at("service").get<std::string>() + ":" + PickFrom(kRegions) + ":" +
         Digits(12) + ":" + *regex.value().Matching();
}

std::string AccessLogFormat(const nlohmann::json& args) {
  static const std::vector<std::string> kOthers = {
      "$context.httpMethod",  "$context.status",   "$context.identity.sourceIp",
      "$context.requestTime", "$context.protocol", "$context.responseLength"};
  std::vector<std::string> parts;
  for (int n = Pick(0, 4); n > 0; --n) parts.push_back(PickFrom(kOthers));
  std::string id = PickFrom(args.at("request_id_variables").get<std::vector<std::string>>());
  parts.insert(parts.begin() + Pick<std::size_t>(0, parts.size() + 1), id);
  std::string out;
  if (Coin()) {  // JSON lines, as the API Gateway console suggests
    out = "{";
    for (std::size_t i = 0; i < parts.size(); ++i) {
      out += (i ? "," : "") + std::string("\"f") + std::to_string(i) + "\":\"" + parts[i] + "\"";
    }
    out += "}";
  } else {
    static const std::vector<std::string> kSeparators = {" ", ",", " - ", "|", " [", "] "};
    for (std::size_t i = 0; i < parts.size(); ++i) {
      out += (i ? PickFrom(kSeparators) : "") + parts[i];
    }
  }
  if (Coin()) out += "\n";  // a newline is allowed as the last character
  return out;
}

std::string ResourcePath() {
  int parts = Pick(0, 4);
  if (parts == 0) return "/";
  std::string out;
  for (int i = 0; i < parts; ++i) {
    int form = Pick(0, 3);
    out += "/";
    if (form == 0) {
      out += "{" + Word(1, 8, kAlnum) + "}";
    } else {
      out += Word(1, 8, std::string(kAlnum) + "._-");
    }
  }
  if (Coin() && parts > 0) out += "/{proxy+}";
  return out;
}

std::string Mapping(const nlohmann::json& args) {
  if (args.value("static", false) && Coin()) {
    return "'" + Word(0, 12, std::string(kAlnum) + " -;=,") + "'";
  }
  const nlohmann::json& form = PickFrom(args.at("forms"));
  std::string name;
  if (form.at("name") == "header") {
    name = Word(1, 20, std::string(kAlnum) + "!#$%&'*+-.^_`|~");
  } else {
    int segments = Pick(1, 4);
    for (int i = 0; i < segments; ++i) {
      name += (i ? "." : "") + Word(1, 8, std::string(kAlnum) + "_-");
      if (Pick(0, 4) == 0) name += "[" + std::to_string(Pick(0, 10)) + "]";
    }
  }
  return form.at("prefix").get<std::string>() + name;
}

std::string HttpMethod(bool allow_wildcard) {
  std::vector<std::string> methods;
  for (std::string_view m : internal::HttpMethods()) {
    if (allow_wildcard || m != "*") methods.emplace_back(m);
  }
  return PickFrom(methods);
}

// A value for a domain checker, or nullopt when the checks have none.
std::optional<std::string> DomainValue(const CheckList& checks) {
  for (const auto& check : checks) {
    const std::string& kind = check->kind();
    if (kind == "arn") return Arn(check->args());
    if (kind == "access-log-format") return AccessLogFormat(check->args());
    if (kind == "mapping") return Mapping(check->args());
    if (kind == "http-method") return HttpMethod(true);
    if (kind == "resource-path") return Coin() ? "*" : ResourcePath();
    if (kind == "method-setting-key") {
      // "*/*", or one method of one resource ("*" is a wildcard only in "*/*").
      if (Pick(0, 4) == 0) return std::string("*/*");
      return EscapePointerToken(ResourcePath()) + "/" + HttpMethod(false);
    }
  }
  return std::nullopt;
}

std::string FromPattern(const Check& pattern, const LengthBounds& bounds) {
  auto regex = RegexOf(pattern.args().at("regex").get<std::string>());
  if (!regex.ok()) throw rc::GenerationFailure(regex.error());
  if (auto repetition = regex.value().SingleClassRepetition()) {
    std::uint64_t lo = std::max<std::uint64_t>(repetition->min, bounds.min);
    std::uint64_t hi = std::min<std::uint64_t>(repetition->max, bounds.max);
    if (lo > hi) throw rc::GenerationFailure("pattern and length bounds exclude each other");
    return *regex.value().RepeatedClass(PickLength({lo, hi}));
  }
  return *rc::gen::suchThat(regex.value().Matching(), [&](const std::string& s) {
    return bounds.Contains(internal::CountCodePoints(s));
  });
}

}  // namespace

LengthBounds LengthOf(const CheckList& checks) {
  LengthBounds bounds;
  if (const Check* length = FindCheck(checks, "length")) {
    bounds.min = length->args().value("min", std::uint64_t{0});
    bounds.max = length->args().value("max", UINT64_MAX);
  }
  return bounds;
}

std::uint64_t MeasureLength(ShapeType type, const std::string& text) {
  return type == ShapeType::kBlob ? text.size() : internal::CountCodePoints(text);
}

const Check* FindCheck(const CheckList& checks, std::string_view kind) {
  for (const auto& check : checks) {
    if (check->kind() == kind) return check.get();
  }
  return nullptr;
}

Result<Regex> RegexOf(const std::string& pattern) {
  static std::mutex mutex;
  static std::map<std::string, Result<Regex>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(pattern);
  if (it == cache.end()) it = cache.emplace(pattern, Regex::Parse(pattern)).first;
  return it->second;
}

std::string GenerateText(std::uint64_t count) {
  std::string out;
  for (std::uint64_t i = 0; i < count; ++i) AppendUtf8(out, PickFrom(kTextAlphabet));
  return out;
}

std::string GenerateString(ShapeType type, const CheckList& checks) {
  LengthBounds bounds = LengthOf(checks);
  std::string value;
  if (const Check* enumeration = FindCheck(checks, "enum")) {
    std::vector<std::string> fitting;
    for (const auto& v : enumeration->args().at("values")) {
      if (bounds.Contains(MeasureLength(type, v.get<std::string>()))) fitting.push_back(v);
    }
    if (fitting.empty()) throw rc::GenerationFailure("no enum value fits the length bounds");
    value = PickFrom(fitting);
  } else if (auto domain = DomainValue(checks)) {
    value = *domain;
  } else if (const Check* pattern = FindCheck(checks, "pattern")) {
    value = FromPattern(*pattern, bounds);
  } else if (type == ShapeType::kBlob) {
    std::uint64_t n = PickLength(bounds);
    for (std::uint64_t i = 0; i < n; ++i) value.push_back(static_cast<char>(Pick(0x20, 0x7F)));
  } else {
    value = GenerateText(PickLength(bounds));
  }
  if (!bounds.Contains(MeasureLength(type, value))) {
    throw rc::GenerationFailure("generated value does not fit the length bounds");
  }
  return value;
}

}  // namespace shapeguard::properties
