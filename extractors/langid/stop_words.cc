#include "langid/stop_words.h"

#include <string>

namespace twinmap {
namespace langid {
namespace {

// Bytes that may not appear in an entry: ASCII other than lower-case letters
// (a final apostrophe is handled by the caller). Non-ASCII bytes are letters
// of the accented lower-case kind; the README asks for lower case.
bool IsBadByte(unsigned char c) { return c < 0x80 && !(c >= 'a' && c <= 'z'); }

}  // namespace

bool StopWords::ViewSet::Insert(std::string_view word) {
  const Key key = KeyOf(word);
  if (Contains(key)) return false;
  if ((size_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
    size_ = 0;
    for (const Slot& s : old) {
      if (s.word.data() != nullptr) Insert(s.word);
    }
  }
  size_t mask = slots_.size() - 1;
  size_t i = key.hash & mask;
  while (slots_[i].word.data() != nullptr) i = (i + 1) & mask;
  slots_[i] = Slot{key.head, word};
  AddToFilter(key.hash);
  ++size_;
  if (word.size() > max_size_) max_size_ = word.size();
  return true;
}

Result<StopWords> StopWords::Parse(std::string_view data,
                                   std::string_view source) {
  StopWords list;
  size_t line_number = 0;
  while (!data.empty()) {
    size_t eol = data.find('\n');
    std::string_view line = data.substr(0, eol);
    data = eol == std::string_view::npos ? std::string_view()
                                         : data.substr(eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto error = [&](const std::string& what) {
      return Status::DataError(std::string(source) + ":" +
                               std::to_string(line_number) + ": entry \"" +
                               std::string(line) + "\" " + what);
    };
    bool elision = line.size() > 1 && line.back() == '\'';
    std::string_view word = elision ? line.substr(0, line.size() - 1) : line;
    for (char c : word) {
      if (IsBadByte(static_cast<unsigned char>(c))) {
        return error(
            "has a character other than a lower-case letter or a final "
            "apostrophe");
      }
    }
    auto& set = elision ? list.elisions_ : list.words_;
    if (!set.Insert(word)) return error("is repeated");
  }
  return list;
}

}  // namespace langid
}  // namespace twinmap
