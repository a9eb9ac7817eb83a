// Result<T>: the value of a load, compile or I/O step, or the reason it failed.
#ifndef SHAPEGUARD_RESULT_H_
#define SHAPEGUARD_RESULT_H_

#include <string>
#include <utility>
#include <variant>

namespace shapeguard {

// Why a step failed: a message naming what was being done and what went wrong.
// A default-constructed Status means success.
class [[nodiscard]] Status {
 public:
  Status() = default;

  // A failure with the given message.
  static Status Error(std::string message) { return Status(std::move(message), false); }

  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }

 private:
  Status(std::string message, bool ok) : message_(std::move(message)), ok_(ok) {}

  std::string message_;
  bool ok_ = true;
};

// Either a T or the Status that says why there is none. Loading, compiling and I/O return
// a Result; an invalid document is not a failure (validation returns a Report).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}       // NOLINT: implicit
  Result(Status error) : state_(std::move(error)) {}  // NOLINT: implicit

  bool ok() const { return std::holds_alternative<T>(state_); }

  // The value; only valid when ok(). On a temporary Result the value is moved out (returned
  // by value, so `for (auto& x : f().value())` does not dangle).
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T value() && { return std::get<T>(std::move(state_)); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  // The failure; a success Status when ok().
  Status status() const { return ok() ? Status() : std::get<Status>(state_); }
  const std::string& error() const {
    static const std::string kNone;
    return ok() ? kNone : std::get<Status>(state_).message();
  }

 private:
  std::variant<T, Status> state_;
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_RESULT_H_
