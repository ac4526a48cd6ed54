#include "normalize/normalize.h"

#include "base/utf8.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "normalize/key_substitutions.h"
#include "normalize/utf8proc_adapter.h"

namespace twinmap {
namespace normalize {
namespace {

using internal::Form;

// One segment's code points. Inline room covers any ordinary segment, so a
// call allocates nothing here; only a long run of combining marks spills.
class CodePointBuffer {
 public:
  CodePointBuffer() = default;
  CodePointBuffer(const CodePointBuffer&) = delete;
  CodePointBuffer& operator=(const CodePointBuffer&) = delete;

  int32_t* data() { return data_; }
  size_t size() const { return size_; }
  // Room for `n` more code points after size(); Commit() what was written.
  int32_t* Tail(size_t n) {
    if (size_ + n > capacity_) Grow(size_ + n);
    return data_ + size_;
  }
  void Commit(size_t n) { size_ += n; }
  void DropFront(size_t n) {
    std::memmove(data_, data_ + n, (size_ - n) * sizeof(int32_t));
    size_ -= n;
  }
  void Clear() { size_ = 0; }

 private:
  void Grow(size_t need) {
    size_t capacity = std::max(need, 2 * capacity_);
    if (data_ == inline_) {
      heap_.assign(inline_, inline_ + size_);
    }
    heap_.resize(capacity);
    data_ = heap_.data();
    capacity_ = capacity;
  }

  int32_t inline_[64];
  std::vector<int32_t> heap_;
  int32_t* data_ = inline_;
  size_t size_ = 0;
  size_t capacity_ = 64;
};

// ASCII as the key sees it: letters lower-cased, tab -> space.
constexpr std::array<char, 128> MakeAsciiKeyTable() {
  std::array<char, 128> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  table['\t'] = ' ';
  return table;
}
constexpr std::array<char, 128> kAsciiKey = MakeAsciiKeyTable();

// The ASCII paths work eight bytes at a time (SWAR): these are the hot loops
// on Latin text.
constexpr uint64_t kHighBits = 0x8080808080808080ull;
constexpr uint64_t Bytes(uint8_t b) { return 0x0101010101010101ull * b; }

// Length of the run of ASCII bytes at the start of p[0, n).
size_t AsciiRunLength(const unsigned char* p, size_t n) {
  size_t i = 0;
  for (uint64_t w; i + 8 <= n; i += 8) {
    std::memcpy(&w, p + i, 8);
    if (w & kHighBits) break;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// Applies kAsciiKey in place to the ASCII bytes p[0, n).
void FoldAsciiForKey(char* p, size_t n) {
  size_t i = 0;
  for (uint64_t w; i + 8 <= n; i += 8) {
    std::memcpy(&w, p + i, 8);
    // Every byte is below 0x80, so these sums never carry into the next
    // byte: bit 7 says "byte >= 'A'" and "byte > 'Z'" respectively.
    uint64_t upper =
        (w + Bytes(0x80 - 'A')) & ~(w + Bytes(0x80 - 'Z' - 1)) & kHighBits;
    w |= upper >> 2;               // bit 7 -> bit 5 (0x20) of the same byte
    uint64_t x = w ^ Bytes('\t');  // tab bytes become zero
    uint64_t tab = ~((x & ~kHighBits) + ~kHighBits) & kHighBits;
    w ^= (tab >> 7) * ('\t' ^ ' ');
    std::memcpy(p + i, &w, 8);
  }
  for (; i < n; ++i) p[i] = kAsciiKey[static_cast<unsigned char>(p[i])];
}

size_t Utf8Length(int32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}


// Walks the input once: ASCII runs are copied (or lower-cased) directly;
// everything else goes through utf8proc one segment at a time, so each
// rewrite knows exactly which input bytes it came from.
class SegmentWriter {
 public:
  SegmentWriter(std::string_view in, Form form, std::string* out,
                OffsetMap* map)
      : in_(in),
        bytes_(reinterpret_cast<const unsigned char*>(in.data())),
        form_(form),
        out_(out),
        map_(map) {}

  void Run() {
    out_->reserve(in_.size() + in_.size() / 8 + 8);
    size_t pos = 0;
    while (pos < in_.size()) {
      pos = CopyAscii(pos);
      if (pos < in_.size()) pos = RunSegments(pos);
    }
    if (map_ != nullptr) map_->Finish(in_.size());
  }

 private:
  // Copies the ASCII run at `pos`, except its last character when a
  // non-ASCII one follows: that one may carry combining marks.
  size_t CopyAscii(size_t pos) {
    size_t end = pos + AsciiRunLength(bytes_ + pos, in_.size() - pos);
    if (end < in_.size() && end > pos) --end;
    size_t len = end - pos;
    if (len == 0) return pos;
    size_t at = out_->size();
    out_->append(in_.data() + pos, len);
    if (form_ != Form::kCanonical) FoldAsciiForKey(&(*out_)[at], len);
    if (map_ != nullptr) map_->AddUnit(pos, len, len);
    return end;
  }

  // Normalises segments from `pos` until the next ASCII byte (a starter
  // that composes with nothing) or the end; returns where it stopped.
  size_t RunSegments(size_t pos) {
    buf_.Clear();
    Char first;
    size_t seg_begin = pos;
    pos += DecomposeNext(pos, &first);
    bool single = true;
    while (pos < in_.size() && bytes_[pos] >= 0x80) {
      size_t mark = buf_.size();
      Char next;
      size_t len = DecomposeNext(pos, &next);
      if (next.starts_segment) {
        Emit(seg_begin, pos, mark, single ? &first : nullptr);
        buf_.DropFront(mark);
        seg_begin = pos;
        first = next;
        single = true;
      } else {
        single = false;
      }
      pos += len;
    }
    Emit(seg_begin, pos, buf_.size(), single ? &first : nullptr);
    return pos;
  }

  struct Char {
    int32_t cp = 0;
    bool valid = true;
    bool starts_segment = true;
  };

  // Decodes the character at `pos`, appends its decomposition to buf_ and
  // returns its length in bytes.
  size_t DecomposeNext(size_t pos, Char* c) {
    size_t len =
        internal::Decode(in_.data() + pos, in_.size() - pos, &c->cp, &c->valid);
    int32_t* tail = buf_.Tail(internal::kMaxDecomposition);
    size_t n = internal::Decompose(c->cp, form_, tail, &c->starts_segment);
    if (form_ != Form::kCanonical) {
      for (size_t i = 0; i < n; ++i) {
        tail[i] = internal::SubstituteForKey(tail[i]);
      }
    }
    buf_.Commit(n);
    return len;
  }

  // Writes the segment in_[begin, end), decomposed as buf_[0, count), and
  // its map unit. `single` is its only input character, if it has one.
  void Emit(size_t begin, size_t end, size_t count, const Char* single) {
    int32_t* cps = buf_.data();
    size_t in_len = end - begin;
    if (count == 1 && single != nullptr && single->valid &&
        cps[0] == single->cp) {
      out_->append(in_.data() + begin, in_len);  // unchanged character
      if (map_ != nullptr) map_->AddUnit(begin, in_len, in_len);
      return;
    }
    if (count > 1) count = internal::Compose(cps, count);
    size_t out_begin = out_->size();
    for (size_t i = 0; i < count; ++i) AppendUtf8(cps[i], out_);
    if (map_ == nullptr) return;
    size_t out_len = out_->size() - out_begin;
    if (out_len != in_len || count <= 1 ||
        std::memcmp(out_->data() + out_begin, in_.data() + begin, in_len) ==
            0) {
      map_->AddUnit(begin, in_len, out_len);
      return;
    }
    // Same length but different characters ("Ĳ" -> "ij"): a single unit
    // would read as linear and let a span end inside an input character, so
    // give each output character its own unit over the whole segment.
    for (size_t i = 0; i < count; ++i) {
      map_->AddUnit(begin, in_len, Utf8Length(cps[i]));
    }
  }

  std::string_view in_;
  const unsigned char* bytes_;
  Form form_;
  std::string* out_;
  OffsetMap* map_;
  CodePointBuffer buf_;
};

Form KeyForm(KeyOptions options) {
  return options.strip_marks ? Form::kCompatFoldNoMarks : Form::kCompatFold;
}

}  // namespace

Normalized ToDisplay(std::string_view utf8) {
  Normalized result;
  SegmentWriter(utf8, Form::kCanonical, &result.text, &result.to_input).Run();
  return result;
}

Normalized ToMatchKey(std::string_view utf8, KeyOptions options) {
  Normalized result;
  SegmentWriter(utf8, KeyForm(options), &result.text, &result.to_input).Run();
  return result;
}

std::string MatchKey(std::string_view utf8, KeyOptions options) {
  std::string text;
  SegmentWriter(utf8, KeyForm(options), &text, nullptr).Run();
  return text;
}

}  // namespace normalize
}  // namespace twinmap
