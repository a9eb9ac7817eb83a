#include "shapeguard/timestamp.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace shapeguard {
namespace {

constexpr std::int64_t kMillisPerDay = 86'400'000;
// Epoch seconds beyond this (year ~5138) are refused rather than risking overflow.
constexpr double kMaxEpochSeconds = 1e11;

constexpr std::array<std::string_view, 7> kWeekdays = {"Thu", "Fri", "Sat", "Sun",
                                                       "Mon", "Tue", "Wed"};  // from 1970-01-01
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct CivilTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, millis = 0;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t DaysFromCivil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The inverse of DaysFromCivil.
CivilTime CivilFromDays(std::int64_t z) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  CivilTime t;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2));
  return t;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool ValidCivil(const CivilTime& t) {
  return t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= DaysInMonth(t.year, t.month) &&
         t.hour <= 23 && t.minute <= 59 && t.second <= 60;  // 60: a leap second
}

EpochMillis ToEpochMillis(const CivilTime& t) {
  std::int64_t seconds = t.hour * 3600 + t.minute * 60 + t.second;
  return DaysFromCivil(t.year, t.month, t.day) * kMillisPerDay + seconds * 1000 + t.millis;
}

// Splits epoch milliseconds into a civil UTC time (floor division, so times before 1970 work).
CivilTime ToCivil(EpochMillis time) {
  std::int64_t days = time >= 0 ? time / kMillisPerDay : -((-time - 1) / kMillisPerDay) - 1;
  std::int64_t in_day = time - days * kMillisPerDay;
  CivilTime t = CivilFromDays(days);
  t.hour = static_cast<int>(in_day / 3'600'000);
  t.minute = static_cast<int>(in_day / 60'000 % 60);
  t.second = static_cast<int>(in_day / 1000 % 60);
  t.millis = static_cast<int>(in_day % 1000);
  return t;
}

// A cursor over text with the few reads the two date grammars need.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool Digits(int count, int& value) {
    if (text_.size() - pos_ < static_cast<std::size_t>(count)) return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
      char c = text_[pos_ + i];
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
    }
    pos_ += count;
    return true;
  }
  bool Char(char c) {
    if (pos_ >= text_.size() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  bool Word(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  // Milliseconds of a fraction's digits (truncated after three); false without a digit.
  bool Fraction(int& millis) {
    millis = 0;
    int digits = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      if (digits < 3) millis = millis * 10 + (text_[pos_] - '0');
      ++digits;
      ++pos_;
    }
    for (int i = digits; i < 3; ++i) millis *= 10;
    return digits > 0;
  }
  bool AtEnd() const { return pos_ == text_.size(); }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

bool ReadIsoDate(Scanner& s, CivilTime& t) {
  return s.Digits(4, t.year) && s.Char('-') && s.Digits(2, t.month) && s.Char('-') &&
         s.Digits(2, t.day);
}

bool ReadIsoTime(Scanner& s, CivilTime& t) {
  if (!s.Digits(2, t.hour) || !s.Char(':') || !s.Digits(2, t.minute)) return false;
  if (!s.Char(':')) return true;
  if (!s.Digits(2, t.second)) return false;
  if (s.Char('.') || s.Char(',')) return s.Fraction(t.millis);
  return true;
}

// The zone offset in minutes east of UTC; 0 for "Z" or no zone.
bool ReadIsoZone(Scanner& s, int& offset_minutes) {
  offset_minutes = 0;
  if (s.AtEnd() || s.Char('Z') || s.Char('z')) return true;
  int sign = s.Char('+') ? 1 : s.Char('-') ? -1 : 0;
  int hours = 0, minutes = 0;
  if (sign == 0 || !s.Digits(2, hours) || hours > 23) return false;
  // "+hh:" with no minutes after the colon is read as "+hh": the validator has always
  // accepted it, and documents it accepted must stay valid.
  s.Char(':');
  if (!s.AtEnd() && (!s.Digits(2, minutes) || minutes > 59)) return false;
  offset_minutes = sign * (hours * 60 + minutes);
  return true;
}

std::optional<EpochMillis> EpochMillisFromSeconds(double seconds) {
  if (!std::isfinite(seconds) || std::fabs(seconds) > kMaxEpochSeconds) return std::nullopt;
  return static_cast<EpochMillis>(std::floor(seconds * 1000.0 + 0.5));
}

std::optional<EpochMillis> ParseEpochSecondsText(std::string_view text) {
  std::string copy(text);
  char* end = nullptr;
  double seconds = std::strtod(copy.c_str(), &end);
  if (copy.empty() || end != copy.c_str() + copy.size()) return std::nullopt;
  return EpochMillisFromSeconds(seconds);
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string TwoDigits(int value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", value);
  return buffer;
}

}  // namespace

std::optional<TimestampFormat> TimestampFormatFromName(std::string_view name) {
  if (EqualsIgnoringAsciiCase(name, "iso8601")) return TimestampFormat::kIso8601;
  if (EqualsIgnoringAsciiCase(name, "rfc822")) return TimestampFormat::kHttpDate;
  if (EqualsIgnoringAsciiCase(name, "unixTimestamp")) return TimestampFormat::kEpochSeconds;
  return std::nullopt;
}

std::optional<EpochMillis> ParseIso8601(std::string_view text) {
  Scanner s(text);
  CivilTime t;
  if (!ReadIsoDate(s, t)) return std::nullopt;
  // A zone belongs to a time: a date alone is a whole day in UTC.
  int offset_minutes = 0;
  if (!s.AtEnd() && (!(s.Char('T') || s.Char('t') || s.Char(' ')) || !ReadIsoTime(s, t) ||
                     !ReadIsoZone(s, offset_minutes))) {
    return std::nullopt;
  }
  if (!s.AtEnd() || !ValidCivil(t)) return std::nullopt;
  return ToEpochMillis(t) - static_cast<EpochMillis>(offset_minutes) * 60'000;
}

bool IsIso8601DateTime(std::string_view text) { return ParseIso8601(text).has_value(); }

std::optional<EpochMillis> ParseHttpDate(std::string_view text) {
  Scanner s(text);
  bool weekday = false;
  for (std::string_view day : kWeekdays) weekday = weekday || s.Word(day);
  CivilTime t;
  t.month = 0;
  if (!weekday || !s.Char(',') || !s.Char(' ') || !s.Digits(2, t.day) || !s.Char(' ')) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < kMonths.size() && t.month == 0; ++i) {
    if (s.Word(kMonths[i])) t.month = static_cast<int>(i) + 1;
  }
  if (t.month == 0 || !s.Char(' ') || !s.Digits(4, t.year) || !s.Char(' ') ||
      !s.Digits(2, t.hour) || !s.Char(':') || !s.Digits(2, t.minute) || !s.Char(':') ||
      !s.Digits(2, t.second) || !s.Word(" GMT") || !s.AtEnd() || !ValidCivil(t)) {
    return std::nullopt;
  }
  return ToEpochMillis(t);
}

std::optional<EpochMillis> ParseTimestampText(std::string_view text, TimestampFormat format) {
  switch (format) {
    case TimestampFormat::kIso8601:
      return ParseIso8601(text);
    case TimestampFormat::kHttpDate:
      return ParseHttpDate(text);
    case TimestampFormat::kEpochSeconds:
      return ParseEpochSecondsText(text);
  }
  return std::nullopt;
}

std::optional<EpochMillis> TimestampFromParam(const nlohmann::json& value) {
  if (value.is_string()) return ParseIso8601(value.get_ref<const std::string&>());
  if (!value.is_number()) return std::nullopt;
  return EpochMillisFromSeconds(value.get<double>());
}

std::string FormatIso8601(EpochMillis time) {
  CivilTime t = ToCivil(time);
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day,
                t.hour, t.minute, t.second);
  std::string out = buffer;
  if (t.millis != 0) {
    std::snprintf(buffer, sizeof buffer, ".%03d", t.millis);
    out += buffer;
  }
  return out + "Z";
}

std::string FormatHttpDate(EpochMillis time) {
  CivilTime t = ToCivil(time);
  std::int64_t days = DaysFromCivil(t.year, t.month, t.day);
  std::int64_t weekday = ((days % 7) + 7) % 7;
  char year[8];
  std::snprintf(year, sizeof year, "%04d", t.year);
  return std::string(kWeekdays[weekday]) + ", " + TwoDigits(t.day) + " " +
         std::string(kMonths[t.month - 1]) + " " + year + " " + TwoDigits(t.hour) + ":" +
         TwoDigits(t.minute) + ":" + TwoDigits(t.second) + " GMT";
}

nlohmann::json EpochSecondsJson(EpochMillis time) {
  if (time % 1000 == 0) return time / 1000;
  return static_cast<double>(time) / 1000.0;
}

std::string FormatTimestampText(EpochMillis time, TimestampFormat format) {
  switch (format) {
    case TimestampFormat::kIso8601:
      return FormatIso8601(time);
    case TimestampFormat::kHttpDate:
      return FormatHttpDate(time);
    case TimestampFormat::kEpochSeconds:
      return EpochSecondsJson(time).dump();
  }
  return "";
}

}  // namespace shapeguard
