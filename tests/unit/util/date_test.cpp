// Tests for ISO dates and the range of dates plan works with.
#include "plan/util/date.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("dates")
{
  TEST_CASE("the supported range is 1900-01-01 to 2199-12-31")
  {
    CHECK(format_iso(k_supported_dates.first) == "1900-01-01");
    CHECK(format_iso(k_supported_dates.last) == "2199-12-31");
    CHECK(supported_dates_text() == "1900-01-01 to 2199-12-31");
    CHECK(k_supported_dates.contains(*parse_iso_date("1900-01-01")));
    CHECK(k_supported_dates.contains(*parse_iso_date("2199-12-31")));
    CHECK_FALSE(k_supported_dates.contains(*parse_iso_date("1899-12-31")));
    CHECK_FALSE(k_supported_dates.contains(*parse_iso_date("2200-01-01")));
    CHECK_FALSE(k_supported_dates.contains(*parse_iso_date("9999-12-31")));
    CHECK(k_supported_dates.contains_year(2199));
    CHECK_FALSE(k_supported_dates.contains_year(2200));
    CHECK_FALSE(k_supported_dates.contains_year(-2147483648LL));
  }

  TEST_CASE("parse_iso_date still reads every real date of the form; the range is checked where dates are read")
  {
    CHECK(parse_iso_date("9999-12-31"));
    CHECK_FALSE(parse_iso_date("2023-02-29"));
  }
}
