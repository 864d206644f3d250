// Tests for where an academic year's months fall (2023-2024: September 2023 to August 2024).
#include "plan/model/school_year.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("school year")
{
  TEST_CASE("months 9-12 are in the first calendar year, 1-8 in the second")
  {
    CHECK(year_of_month(2023, 9) == 2023);
    CHECK(year_of_month(2023, 12) == 2023);
    CHECK(year_of_month(2023, 1) == 2024);
    CHECK(year_of_month(2023, 3) == 2024); // 次年3月
    CHECK(year_of_month(2023, 8) == 2024);
  }

  TEST_CASE("the place of a month in the year runs September 0 to August 11")
  {
    CHECK(month_index(9) == 0);
    CHECK(month_index(12) == 3);
    CHECK(month_index(1) == 4);
    CHECK(month_index(2) == 5);
    CHECK(month_index(8) == 11);
    for (unsigned m = 1; m <= 12; ++m) CHECK(months_since_start(2023, year_of_month(2023, m), m) == int(month_index(m)));
  }

  TEST_CASE("months before and after the academic year")
  {
    CHECK(months_since_start(2023, 2023, 8) == -1);  // the August before: preparation
    CHECK(months_since_start(2023, 2024, 9) == 12);  // the September after
    CHECK(months_since_start(2023, 2022, 9) == -12);
  }
}
