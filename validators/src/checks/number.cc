#include <charconv>
#include <cmath>
#include <limits>

#include "checks/check.h"

namespace shapeguard::internal {
namespace {

// 2^63 as a double; every double at or above it exceeds every int64.
constexpr double kTwoPow63 = 9223372036854775808.0;
constexpr double kTwoPow64 = 18446744073709551616.0;

int Sign(bool less, bool greater) { return less ? -1 : (greater ? 1 : 0); }

int CompareIntDouble(std::int64_t a, double b) {
  if (std::isnan(b)) return -1;
  if (b >= kTwoPow63) return -1;
  if (b < -kTwoPow63) return 1;
  double whole = std::floor(b);
  auto bi = static_cast<std::int64_t>(whole);
  if (a != bi) return Sign(a<bi, a> bi);
  return whole < b ? -1 : 0;
}

int CompareUintDouble(std::uint64_t a, double b) {
  if (std::isnan(b)) return -1;
  if (b < 0) return 1;
  if (b >= kTwoPow64) return -1;
  double whole = std::floor(b);
  auto bu = static_cast<std::uint64_t>(whole);
  if (a != bu) return Sign(a<bu, a> bu);
  return whole < b ? -1 : 0;
}

}  // namespace

bool Number::IsIntegral() const {
  if (repr != Repr::kDouble) return true;
  return std::isfinite(d) && std::floor(d) == d;
}

bool Number::FitsInteger(std::int64_t min, std::int64_t max) const {
  if (!IsIntegral()) return false;
  return CompareNumbers(*this, Int(min)) >= 0 && CompareNumbers(*this, Int(max)) <= 0;
}

std::string Number::ToString() const {
  switch (repr) {
    case Repr::kInt:
      return std::to_string(i);
    case Repr::kUint:
      return std::to_string(u);
    case Repr::kDouble: {
      // The shortest text that reads back as the same double: what the document most
      // likely said (0.1, not printf's 0.10000000000000001), and a tenth of the cost.
      char buf[32];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
      return {buf, end};
    }
  }
  return "";
}

int CompareNumbers(const Number& a, const Number& b) {
  using R = Number::Repr;
  if (a.repr == R::kInt && b.repr == R::kInt) return Sign(a.i<b.i, a.i> b.i);
  if (a.repr == R::kUint && b.repr == R::kUint) return Sign(a.u<b.u, a.u> b.u);
  if (a.repr == R::kDouble && b.repr == R::kDouble) return Sign(a.d<b.d, a.d> b.d);
  if (a.repr == R::kInt && b.repr == R::kUint) {
    return a.i < 0
               ? -1
               : Sign(static_cast<std::uint64_t>(a.i) < b.u, static_cast<std::uint64_t>(a.i) > b.u);
  }
  if (a.repr == R::kUint && b.repr == R::kInt) return -CompareNumbers(b, a);
  if (a.repr == R::kInt) return CompareIntDouble(a.i, b.d);
  if (a.repr == R::kUint) return CompareUintDouble(a.u, b.d);
  return -CompareNumbers(b, a);
}

}  // namespace shapeguard::internal
