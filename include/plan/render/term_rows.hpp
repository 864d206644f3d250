// The printable cells of one 行事历 row, shared by every term-table renderer.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/term_table.hpp"

#include <string>
#include <vector>

namespace plan {

struct TermRowCells {
  std::string week;               ///< 第3周 / 开学前 (Week 3 / Before the term)
  std::string dates;              ///< 9月18日—9月24日
  std::vector<std::string> work;  ///< one line per entry, holidays first ("国庆节放假")
  std::string owners;             ///< joined with 、 (zh) or ", " (en)
};

TermRowCells term_row_cells(const TermTable& table, const TermRow& row, Lang lang);

/// Column headings: 周次, 起止日期, 主要工作, 负责部门 (Week, Dates, Work, Responsible).
std::vector<std::string> term_table_headings(Lang lang);

} // namespace plan
