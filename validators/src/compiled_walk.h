// Walks compiled ahead of time: for the built-in operations of the seeded services, the
// build generates C++ from each schema's shapes (validators/codegen) that walks a document
// parsed by simdjson itself where a value is of a common kind (a member found by a switch
// on its name, a string its acceptor takes, a number that fits), and hands everything else
// to the walker (walker.h), which reports it. Both report alike by construction; the
// fast_vs_reference fuzzer and compiled_walk_test hold them to it.
//
// Generated code relies on the shapes of the schema it was generated from; a schema binds
// to it only when its shapes have the same fingerprint (shape_graph.h), e.g. not when a
// user's model replaces a built-in one.
#ifndef SHAPEGUARD_COMPILED_WALK_H_
#define SHAPEGUARD_COMPILED_WALK_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "collector.h"
#include "name_index.h"
#include "program.h"
#include "shapeguard/schema.h"
#include "simdjson_adapter.h"
#include "simdjson_tape.h"
#include "walker.h"

namespace shapeguard::internal {

// What generated code reads while it walks one document.
struct CompiledContext {
  const Tape& tape;
  Walker<SimdjsonAdapter>& walker;
  Collector& out;
  const Node* nodes;  // the program's, by Slot::node
  const Slot& root;
  std::size_t max_depth;
};

// The type tests of generated code: the kinds a value of each leaf type may have without a
// report (as the walker's FitsTrivially says).
inline bool IsString(const Tape& tape, std::uint32_t at) { return tape.Type(at) == '"'; }
inline bool IsBoolean(const Tape& tape, std::uint32_t at) {
  return tape.Type(at) == 't' || tape.Type(at) == 'f';
}
inline bool IsNumber(const Tape& tape, std::uint32_t at) {
  char type = tape.Type(at);
  return type == 'l' || type == 'u' || type == 'd';
}
inline bool IsInt64(const Tape& tape, std::uint32_t at) { return tape.Type(at) == 'l'; }
inline bool IsInt32(const Tape& tape, std::uint32_t at) {
  if (tape.Type(at) != 'l') return false;
  auto n = static_cast<std::int64_t>(tape.NumberBits(at));
  return n >= INT32_MIN && n <= INT32_MAX;
}

// The member names a structure's quick pass compares (codegen/walk_emitter.cc) are shorter
// than this; each structure keeps them zero-padded to a width of its own, a multiple of 8.
constexpr std::size_t kQuickNameBytes = 32;

// True when `name`, a string on the tape (so followed by simdjson's padding, readable), is
// the first name.size() bytes of `padded`; name.size() < kWidth. It compares whole words, the
// bytes past the name masked off: no call to memcmp and no loop or branch that varies with
// the name's length (memcmp of a length known only at run time was 5% of a corpus's time;
// NameIndex::SameBytes, which must not read past its text, branches on it). kWidth is as
// many words as the structure's longest name needs: reading all four words for every member
// was about a sixth of what the quick pass added to a valid document's instructions.
template <std::size_t kWidth>
inline bool SameQuickName(std::string_view name, const char* padded) {
  static_assert(kWidth % 8 == 0 && kWidth <= kQuickNameBytes);
  static_assert(simdjson::SIMDJSON_PADDING >= kQuickNameBytes);
  // Bytes [kQuickNameBytes - size, + kWidth) of this: 0xFF for the name's bytes.
  static constexpr std::uint8_t kMask[2 * kQuickNameBytes] = {
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  const std::uint8_t* mask = kMask + kQuickNameBytes - name.size();
  std::uint64_t differ = 0;
  for (std::size_t at = 0; at < kWidth; at += sizeof differ) {
    std::uint64_t a, b, m;
    std::memcpy(&a, name.data() + at, sizeof a);
    std::memcpy(&b, padded + at, sizeof b);
    std::memcpy(&m, mask + at, sizeof m);
    differ |= (a ^ b) & m;
  }
  return differ == 0;
}

// The repeated keys of one object on the tape, told as Walker::Names tells them but
// without recording the keys: a 64-bit filter of their hashes and, only where it hits, a
// scan of the keys before on the tape. An object of more entries than kScanLimit goes to a
// Names (its hash set keeps hostile objects linear).
class TapeKeys {
 public:
  TapeKeys(CompiledContext& c, std::uint32_t at) : first_(at + 1) {
    if (c.tape.Count(at) > kScanLimit) {
      c.walker.StartNames(big_, SimdjsonAdapter::Size({&c.tape, at}));
    }
  }

  // True when an earlier key of the object is `key`, the key at tape index k.
  bool Repeats(const Tape& tape, std::uint32_t k, std::string_view key) {
    if (big_) return big_->Repeats(key);
    std::uint64_t bit = std::uint64_t{1} << (NameHash(key) & 63);
    if ((bits_ & bit) && SeenBefore(tape, k, key)) return true;
    bits_ |= bit;
    return false;
  }

 private:
  static constexpr std::uint32_t kScanLimit = 32;

  bool SeenBefore(const Tape& tape, std::uint32_t k, std::string_view key) const {
    for (std::uint32_t j = first_; j < k; j = tape.After(j + 1)) {
      if (tape.String(j) == key) return true;
    }
    return false;
  }

  std::uint32_t first_;  // the object's first key
  std::uint64_t bits_ = 0;
  std::optional<Walker<SimdjsonAdapter>::Names> big_;
};

// Walks the value at tape index `at` as the schema's root (depth 0).
using CompiledFunction = void (*)(CompiledContext& context, std::uint32_t at);

// One generated walk: the table is sorted by service, operation, direction.
struct CompiledEntry {
  std::string_view service;
  std::string_view operation;
  Direction direction;
  std::uint64_t fingerprint;
  CompiledFunction walk;
};

// The generated table (empty in the generator itself).
std::span<const CompiledEntry> CompiledEntries();

// A generated walk bound to one schema's program.
struct CompiledWalk {
  CompiledFunction walk;
};

// The generated walk for this schema, or null when there is none or its shapes differ.
std::shared_ptr<const CompiledWalk> BindCompiledWalk(const Program& program, const Slot& root,
                                                     std::string_view service,
                                                     std::string_view operation,
                                                     Direction direction);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_COMPILED_WALK_H_
