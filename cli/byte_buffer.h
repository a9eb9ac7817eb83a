// A growable byte buffer that, unlike std::string, leaves the room it grows into
// uninitialised: NDJSON is read into fresh room a megabyte at a time, and zeroing it first
// cost 3% of `validate --ndjson`. Large buffers are whole 2 MiB pages where the kernel
// allows (transparent huge pages on request): on the virtual machines this project runs on
// a page fault costs ~10 us, and a megabyte of 4 KiB pages faulting in cost more than
// reading it.
#ifndef SHAPEGUARD_CLI_BYTE_BUFFER_H_
#define SHAPEGUARD_CLI_BYTE_BUFFER_H_

#include <sys/mman.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <utility>

namespace shapeguard::cli {

class ByteBuffer {
 public:
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view view() const { return {data_.get(), size_}; }

  void clear() { size_ = 0; }
  void Truncate(std::size_t size) { size_ = std::min(size, size_); }
  void swap(ByteBuffer& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
  }

  // Room for n more bytes after the current ones, uninitialised; Commit says how many of
  // them were written.
  char* Room(std::size_t n) {
    Reserve(size_ + n);
    return data_.get() + size_;
  }
  void Commit(std::size_t n) { size_ += n; }

  void Append(std::string_view bytes) {
    std::memcpy(Room(bytes.size()), bytes.data(), bytes.size());
    Commit(bytes.size());
  }
  void Append(std::size_t count, char c) {
    std::memset(Room(count), c, count);
    Commit(count);
  }

 private:
  static constexpr std::size_t kHugePage = 2 << 20;

  struct Free {
    void operator()(char* p) const { std::free(p); }
  };

  void Reserve(std::size_t capacity) {
    if (capacity <= capacity_) return;
    capacity = std::max(capacity, 2 * capacity_);
    std::size_t align = capacity >= kHugePage / 2 ? kHugePage : alignof(std::max_align_t);
    capacity = (capacity + align - 1) / align * align;
    std::unique_ptr<char, Free> grown(static_cast<char*>(std::aligned_alloc(align, capacity)));
    if (!grown) throw std::bad_alloc();
    if (align == kHugePage) ::madvise(grown.get(), capacity, MADV_HUGEPAGE);
    if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_);
    data_ = std::move(grown);
    capacity_ = capacity;
  }

  std::unique_ptr<char, Free> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_BYTE_BUFFER_H_
