#include "timestamp.h"

#include <cstddef>

namespace shapeguard::internal {
namespace {

// Reads exactly `digits` decimal digits at pos into value, advancing pos.
bool ReadDigits(std::string_view text, std::size_t& pos, int digits, int& value) {
  if (text.size() - pos < static_cast<std::size_t>(digits)) return false;
  value = 0;
  for (int i = 0; i < digits; ++i) {
    char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += digits;
  return true;
}

bool Expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ReadDate(std::string_view text, std::size_t& pos) {
  int year, month, day;
  return ReadDigits(text, pos, 4, year) && Expect(text, pos, '-') &&
         ReadDigits(text, pos, 2, month) && month >= 1 && month <= 12 && Expect(text, pos, '-') &&
         ReadDigits(text, pos, 2, day) && day >= 1 && day <= DaysInMonth(year, month);
}

bool ReadTime(std::string_view text, std::size_t& pos) {
  int hour, minute, second;
  if (!ReadDigits(text, pos, 2, hour) || hour > 23 || !Expect(text, pos, ':') ||
      !ReadDigits(text, pos, 2, minute) || minute > 59) {
    return false;
  }
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    if (!ReadDigits(text, pos, 2, second) || second > 60) return false;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
      std::size_t start = ++pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      if (pos == start) return false;
    }
  }
  return true;
}

bool ReadZone(std::string_view text, std::size_t& pos) {
  if (pos == text.size()) return true;
  if (text[pos] == 'Z' || text[pos] == 'z') return ++pos == text.size();
  if (text[pos] != '+' && text[pos] != '-') return false;
  ++pos;
  int hours, minutes = 0;
  if (!ReadDigits(text, pos, 2, hours) || hours > 23) return false;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (pos < text.size() && (!ReadDigits(text, pos, 2, minutes) || minutes > 59)) return false;
  return pos == text.size();
}

}  // namespace

bool IsIso8601DateTime(std::string_view text) {
  std::size_t pos = 0;
  if (!ReadDate(text, pos)) return false;
  if (pos == text.size()) return true;
  if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ') return false;
  ++pos;
  return ReadTime(text, pos) && ReadZone(text, pos);
}

}  // namespace shapeguard::internal
