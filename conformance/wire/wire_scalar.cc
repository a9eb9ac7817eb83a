#include "wire/wire_scalar.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

#include "wire/http_message.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

std::string QuoteListItem(const std::string& item) {
  if (item.find_first_of(",\"") == std::string::npos) return item;
  std::string out = "\"";
  for (char c : item) {
    if (c == '"') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

// Splits a header list at commas outside double quotes; quoted items are unquoted.
std::vector<std::string> SplitHeaderList(std::string_view text) {
  std::vector<std::string> items(1);
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted && c == '\\' && i + 1 < text.size()) {
      items.back().push_back(text[++i]);
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      items.emplace_back();
    } else {
      items.back().push_back(c);
    }
  }
  for (std::string& item : items) item = std::string(TrimOws(item));
  return items;
}

// HTTP dates hold a comma ("Mon, 16 Dec 2019 23:48:18 GMT"), so a list of them splits into
// pairs: each weekday is joined again to the date after it.
std::vector<std::string> JoinHttpDates(const std::vector<std::string>& parts) {
  std::vector<std::string> dates;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    bool weekday = parts[i].size() == 3 && i + 1 < parts.size();
    dates.push_back(weekday ? parts[i] + ", " + parts[i + 1] : parts[i]);
    if (weekday) ++i;
  }
  return dates;
}

json IntegerFromText(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::string(text);
  }
  return value;
}

json FloatFromText(std::string_view text) {
  std::string copy(text);
  char* end = nullptr;
  double value = std::strtod(copy.c_str(), &end);
  if (copy.empty() || end != copy.c_str() + copy.size() || !std::isfinite(value)) return copy;
  return value;
}

json TimestampFromText(std::string_view text, TimestampFormat format) {
  // The declared format first; servers in the wild send the others too, and a readable
  // timestamp in another format is still a timestamp to every SDK.
  std::optional<EpochMillis> time = ParseTimestampText(text, format);
  for (TimestampFormat other :
       {TimestampFormat::kHttpDate, TimestampFormat::kIso8601, TimestampFormat::kEpochSeconds}) {
    if (!time) time = ParseTimestampText(text, other);
  }
  if (!time) return std::string(text);
  return FormatIso8601(*time);
}

}  // namespace

std::optional<std::string> ScalarText(ShapeView shape, const json& value,
                                      TimestampFormat timestamp_format) {
  if (shape.kind() == ShapeKind::kTimestamp) {
    if (auto time = TimestampFromParam(value)) return FormatTimestampText(*time, timestamp_format);
  }
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number()) return value.dump();
  return std::nullopt;
}

std::optional<std::string> HeaderListText(ShapeView list_shape, const json& items) {
  std::optional<ShapeView> item_shape = list_shape.list_member();
  if (!item_shape || !items.is_array()) return std::nullopt;
  std::string out;
  for (const json& item : items) {
    if (item.is_null()) continue;
    std::optional<std::string> text = ScalarText(*item_shape, item, TimestampFormat::kHttpDate);
    if (!text) return std::nullopt;
    if (!out.empty()) out += ",";
    out += item.is_string() ? QuoteListItem(*text) : *text;
  }
  return out;
}

json HeaderTextToParam(ShapeView shape, std::string_view text, TimestampFormat timestamp_format) {
  std::string_view trimmed = TrimOws(text);
  switch (shape.kind()) {
    case ShapeKind::kInteger:
    case ShapeKind::kLong:
      return IntegerFromText(trimmed);
    case ShapeKind::kFloat:
    case ShapeKind::kDouble:
      return FloatFromText(trimmed);
    case ShapeKind::kBoolean:
      if (trimmed == "true") return true;
      if (trimmed == "false") return false;
      return std::string(text);
    case ShapeKind::kTimestamp:
      return TimestampFromText(trimmed, timestamp_format);
    case ShapeKind::kList: {
      json items = json::array();
      if (trimmed.empty()) return items;  // an empty header is an empty list
      std::vector<std::string> texts = SplitHeaderList(text);
      if (shape.list_member()->kind() == ShapeKind::kTimestamp &&
          timestamp_format == TimestampFormat::kHttpDate) {
        texts = JoinHttpDates(texts);
      }
      for (const std::string& item : texts) {
        items.push_back(HeaderTextToParam(*shape.list_member(), item, timestamp_format));
      }
      return items;
    }
    default:
      return std::string(text);
  }
}

}  // namespace shapeguard::conformance
