// TsvFile: one generated data file of rules/refdata/, read whole.
//
// Line 1 is a "# GENERATED ..." note, line 2 the column names, then one row
// per line; fields are tab-separated, with \t, \n and \\ escaped. Columns
// are addressed by name, so files may differ in which ones they have.
// Owned by the loader; not part of the stage's public API.
#ifndef TWINMAP_REFDATA_TSV_FILE_H_
#define TWINMAP_REFDATA_TSV_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace twinmap::refdata {

class TsvFile {
 public:
  // Reads `path`; `display` is the name used in messages
  // ("rules/refdata/x.tsv"). Checks the note line and that every column is one
  // of `known_columns` and every one of `required_columns` is present.
  static Result<TsvFile> Open(const std::string& path,
                              const std::string& display,
                              const std::vector<std::string>& known_columns,
                              const std::vector<std::string>& required_columns);

  // Moves to the next row; false at the end or on error (see status()).
  bool Next();
  // 1-based line number of the current row.
  size_t line() const { return line_no_; }
  size_t rows_read() const { return rows_; }
  const Status& status() const { return status_; }
  // Index of a column, -1 if the file has none of that name.
  int ColumnIndex(std::string_view column) const;
  bool Has(std::string_view column) const { return ColumnIndex(column) >= 0; }
  // Unescaped field of the current row; "" for index -1.
  std::string FieldAt(int index) const;
  std::string Field(std::string_view column) const {
    return FieldAt(ColumnIndex(column));
  }
  // "rules/refdata/x.tsv:12: " + message.
  Status ErrorHere(const std::string& message) const;
  const std::string& display() const { return display_; }

 private:
  TsvFile() = default;

  std::string display_;
  std::string text_;
  size_t pos_ = 0;
  size_t line_no_ = 0;
  size_t rows_ = 0;
  std::vector<std::string> columns_;
  std::vector<std::string_view> fields_;
  Status status_;
};

// "a\\tb" -> "a<TAB>b"; unknown escapes are kept as written.
std::string UnescapeField(std::string_view raw);

}  // namespace twinmap::refdata

#endif  // TWINMAP_REFDATA_TSV_FILE_H_
