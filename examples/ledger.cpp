// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A book of accounts in a real SQLite database: each account stored with its
// relationship profile, read back, validated and dispatched to its
// compile-time type, then a report of who is billed how and supported by
// whom, each account's next invoice and its open tickets' first-response
// deadlines. Rows broken in the database are reported, and the rest of the
// book is still read.
//
// Usage:
//   example_ledger                  creates a database in the temporary
//                                   folder, reports, breaks two rows itself,
//                                   and reports again
//   example_ledger --create FILE    creates FILE with the book of accounts
//   example_ledger --report FILE    reports on FILE as it is (after, say,
//                                   editing rows with the sqlite3 shell)
//
// The profile is stored in a TEXT column as its canonical text form
// (clientele::to_string): one line a person reads and edits in the sqlite3
// shell, that the library reads back with parse_profile and reports with the
// offset where it went wrong, and that compares equal for equal profiles, so
// a query may group or look up accounts by it. A JSON column would serve
// applications that query inside the profile with SQLite's JSON functions;
// <clientele/ext/json.hpp> gives that document.

#include <clientele/ext/fmt.hpp>
#include <clientele/models/archetypes.hpp>
#include <clientele/runtime.hpp>
#include <clientele/support/deadlines.hpp>

#include <fmt/format.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cl = clientele;
namespace ar = cl::archetypes;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

//! [registry]
// The relationship types the application knows, declared once.
using known_relationships =
    cl::registry<cl::named<"law_firm", ar::law_firm>, cl::named<"accounting_firm", ar::accounting_firm>,
                 cl::named<"consulting_firm", ar::consulting_firm>,
                 cl::named<"saas_subscription", ar::saas_subscription>,
                 cl::named<"supermarket", ar::supermarket>, cl::named<"coffee_shop", ar::coffee_shop>>;
//! [registry]

// The day the report is made: fixed, so that the report is the same every run.
constexpr year_month_day today = 2026y / March / 6;

// --- a thin layer over SQLite's C interface ------------------------------------------------

// A connection, closed when it goes out of scope.
class database {
 public:
  explicit database(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
      error_ = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
    }
  }
  database(const database&) = delete;
  database& operator=(const database&) = delete;
  ~database() { sqlite3_close(db_); }

  [[nodiscard]] bool ok() const { return error_.empty(); }
  [[nodiscard]] const std::string& error() const { return error_; }
  [[nodiscard]] sqlite3* handle() const { return db_; }

  // Runs statements that return no rows; false (with the error kept) on failure.
  bool exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      error_ = message != nullptr ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      return false;
    }
    return true;
  }

 private:
  sqlite3* db_ = nullptr;
  std::string error_;
};

// A prepared statement, finalized when it goes out of scope.
class statement {
 public:
  statement(const database& db, const char* sql) {
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      error_ = sqlite3_errmsg(db.handle());
    }
  }
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;
  ~statement() { sqlite3_finalize(stmt_); }

  [[nodiscard]] bool ok() const { return error_.empty(); }
  [[nodiscard]] const std::string& error() const { return error_; }

  void bind(int i, std::string_view text) {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  void bind(int i, std::int64_t n) { sqlite3_bind_int64(stmt_, i, n); }

  // Steps once: true while there is a row.
  bool next() {
    const int rc = sqlite3_step(stmt_);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      error_ = sqlite3_errstr(rc);
    }
    return rc == SQLITE_ROW;
  }
  // Runs a statement that returns no rows, and makes it ready to run again.
  bool run() {
    next();
    reset();
    return ok();
  }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  // Column i as text, whatever its storage class; nothing for NULL. Text
  // with NUL bytes inside is kept whole.
  [[nodiscard]] std::optional<std::string> text(int i) const {
    if (sqlite3_column_type(stmt_, i) == SQLITE_NULL) {
      return std::nullopt;
    }
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    return std::string(p != nullptr ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)));
  }
  [[nodiscard]] std::int64_t integer(int i) const { return sqlite3_column_int64(stmt_, i); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  std::string error_;
};

// --- the book of accounts ------------------------------------------------------------------

struct stored_account {
  std::string_view name;
  std::string profile;  // its relationship's text form
  std::string_view started;
};

struct stored_ticket {
  std::string_view account;
  std::string_view level;
  std::string_view opened_at;
};

// Creates the tables and stores the accounts and their open tickets.
bool create_book(database& db) {
  if (!db.exec("DROP TABLE IF EXISTS tickets; DROP TABLE IF EXISTS accounts;"
               "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
               "  profile TEXT, started TEXT);"
               "CREATE TABLE tickets (id INTEGER PRIMARY KEY, account TEXT NOT NULL,"
               "  priority TEXT, opened_at TEXT);")) {
    return false;
  }
  //! [store]
  const stored_account accounts[] = {
      {"Hale & Partners", cl::to_string(cl::profile_of<ar::law_firm>), "2025-11-15"},
      {"Northwind Books", cl::to_string(cl::profile_of<ar::accounting_firm>), "2024-07-01"},
      {"Orbit Analytics", cl::to_string(cl::profile_of<ar::saas_subscription>), "2026-01-31"},
      {"Kestrel Labs", cl::to_string(cl::profile_of<ar::consulting_firm>), "2026-02-02"},
      {"Corner Market", cl::to_string(cl::profile_of<ar::supermarket>), "2023-05-20"},
      {"Bean There", cl::to_string(cl::profile_of<ar::coffee_shop>), "2025-09-09"},
  };
  statement insert{db, "INSERT INTO accounts (name, profile, started) VALUES (?, ?, ?)"};
  for (const stored_account& a : accounts) {
    insert.bind(1, a.name);
    insert.bind(2, a.profile);  // the canonical text form, in a TEXT column
    insert.bind(3, a.started);
    if (!insert.run()) {
      return false;
    }
  }
  //! [store]
  const stored_ticket tickets[] = {
      {"Hale & Partners", "urgent", "2026-03-06T17:50:00Z"},
      {"Orbit Analytics", "high", "2026-03-06T16:30:00Z"},
      {"Orbit Analytics", "low", "2026-03-05T09:10:00Z"},
      {"Corner Market", "urgent", "2026-03-06T17:00:00Z"},
      {"Northwind Books", "low", "2026-03-06T18:10:00Z"},
      {"Bean There", "normal", "2026-03-06T12:00:00Z"},
      {"Kestrel Labs", "high", "2026-03-04T11:00:00Z"},
  };
  statement ticket{db, "INSERT INTO tickets (account, priority, opened_at) VALUES (?, ?, ?)"};
  for (const stored_ticket& t : tickets) {
    ticket.bind(1, t.account);
    ticket.bind(2, t.level);
    ticket.bind(3, t.opened_at);
    if (!ticket.run()) {
      return false;
    }
  }
  return insert.ok() && ticket.ok();
}

// --- reading it back -----------------------------------------------------------------------

// A date (YYYY-MM-DD) or an instant in UTC (YYYY-MM-DDTHH:MM:SSZ), as stored.
std::optional<year_month_day> read_date(std::string_view s) {
  unsigned y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return std::nullopt;
  }
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') {
      return std::nullopt;
    }
  }
  const auto num = [&](std::size_t from, std::size_t n) {
    unsigned v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      v = v * 10 + static_cast<unsigned>(s[i] - '0');
    }
    return v;
  };
  y = num(0, 4);
  m = num(5, 2);
  d = num(8, 2);
  const year_month_day date{year{static_cast<int>(y)}, month{m}, day{d}};
  return date.ok() ? std::optional{date} : std::nullopt;
}

std::optional<sys_seconds> read_instant(std::string_view s) {
  if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z') {
    return std::nullopt;
  }
  const std::optional<year_month_day> date = read_date(s.substr(0, 10));
  int parts[3] = {0, 0, 0};
  for (std::size_t p = 0; p < 3; ++p) {
    for (std::size_t i = 0; i < 2; ++i) {
      const char c = s[11 + 3 * p + i];
      if (c < '0' || c > '9') {
        return std::nullopt;
      }
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (!date || parts[0] > 23 || parts[1] > 59 || parts[2] > 59) {
    return std::nullopt;
  }
  return sys_days{*date} + hours{parts[0]} + minutes{parts[1]} + seconds{parts[2]};
}

std::optional<cl::priority> read_priority(std::string_view s) {
  for (std::size_t i = 0; i < cl::enum_count_v<cl::priority>; ++i) {
    if (cl::name_of(static_cast<cl::priority>(i)) == s) {
      return static_cast<cl::priority>(i);
    }
  }
  return std::nullopt;
}

//! [plan]
// What the report says of an account, from its compile-time type: generic
// code, instantiated for each registered type.
struct plan {
  std::string_view type;
  cl::relationship_kind kind;
  std::string billed;
  std::string supported;
  std::string next_invoice;
  cl::support_terms support;
};

template <cl::Relationship R>
plan plan_for(std::string_view type, year_month_day started) {
  plan out{type, cl::kind_v<R>, fmt::format("{}", cl::billing_mode_v<R>), "", "", cl::support_terms_v<R>};
  if constexpr (cl::PeriodicBilling<R>) {
    out.billed += fmt::format(" {}", cl::billing_period_v<R>);
    // The invoice on or after today, and the days it bills.
    const cl::schedule_result<cl::invoice> next = cl::next_invoice(cl::billing_terms_v<R>, started, today);
    out.next_invoice = next ? fmt::format("{}, {} days", next->date, next->service.length().count())
                            : fmt::format("{}", next);  // "error: <why>"
  } else {
    out.next_invoice = "as delivered";
  }
  out.supported = fmt::format("{}", cl::support_tier_v<R>);
  if (out.support.contact != cl::designated_contact::none) {
    out.supported += fmt::format(", {}", out.support.contact);
  }
  return out;
}
//! [plan]

// A problem with a row: reported, and the row left out of the table.
struct problem {
  std::string account;
  std::string what;
};

struct report_counts {
  int accounts = 0;
  int reported = 0;
  int tickets = 0;
};

// Reads every account and its open tickets, and prints the report.
report_counts report(const database& db) {
  report_counts counts;
  std::vector<problem> problems;
  fmt::print("Today is {}.\n{:<16} {:<9} {:<18} {:<21} {:<20} {}\n", today, "account", "kind",
             "billed", "supported by", "next invoice", "open tickets: first response due");

  statement accounts{db, "SELECT name, profile, started FROM accounts ORDER BY id"};
  statement tickets{db, "SELECT priority, opened_at, id FROM tickets WHERE account = ? ORDER BY id"};
  if (!accounts.ok() || !tickets.ok()) {
    problems.push_back({"(database)", accounts.ok() ? tickets.error() : accounts.error()});
  }
  while (accounts.ok() && tickets.ok() && accounts.next()) {
    const std::string name = accounts.text(0).value_or("(no name)");
    ++counts.accounts;
    //! [load]
    const std::optional<std::string> text = accounts.text(1);
    if (!text) {
      problems.push_back({name, "no profile stored"});
      continue;
    }
    const cl::parse_result parsed = cl::parse_profile(*text);
    if (!parsed) {
      // The parse error prints as "at <offset>: <what was expected>".
      problems.push_back({name, fmt::format("unreadable profile {}", parsed.error())});
      continue;
    }
    if (const std::vector<cl::violation> broken = cl::validate(*parsed); !broken.empty()) {
      std::string what = "invalid profile:";
      for (const cl::violation& v : broken) {
        what += fmt::format("\n    - {}", v.message);  // the validator's own message
      }
      problems.push_back({name, what});
      continue;
    }
    const std::optional<year_month_day> started = read_date(accounts.text(2).value_or(""));
    if (!started) {
      problems.push_back({name, fmt::format("no valid start date (YYYY-MM-DD): '{}'",
                                            accounts.text(2).value_or("NULL"))});
      continue;
    }
    const cl::dispatch_result<plan> found =
        known_relationships::dispatch(*parsed, [&](auto type) {
          using R = typename decltype(type)::type;
          return plan_for<R>(known_relationships::name_at(known_relationships::find(*parsed)),
                             *started);
        });
    if (!found) {
      problems.push_back({name, fmt::format("{}", found.error())});
      continue;
    }
    //! [load]

    // Its open tickets, each with its first-response deadline.
    std::string due;
    tickets.bind(1, name);
    while (tickets.next()) {
      const std::optional<cl::priority> level = read_priority(tickets.text(0).value_or(""));
      const std::optional<sys_seconds> opened = read_instant(tickets.text(1).value_or(""));
      due += due.empty() ? "" : "; ";
      if (!level || !opened) {
        due += fmt::format("ticket {} unreadable ({})", tickets.integer(2),
                           !level ? "priority" : "opened_at");
        continue;
      }
      ++counts.tickets;
      due += fmt::format("{} {}", *level, cl::first_response_due(found->support, *level, *opened));
    }
    tickets.reset();  // for the next account
    fmt::print("{:<16} {:<9} {:<18} {:<21} {:<20} {}\n", name, found->kind, found->billed,
               found->supported, found->next_invoice, due.empty() ? "none" : due);
  }
  if (!accounts.ok()) {
    problems.push_back({"(database)", accounts.error()});
  }
  for (const problem& p : problems) {
    fmt::print("! {}: {}\n", p.account, p.what);
  }
  counts.reported = static_cast<int>(problems.size());
  fmt::print("{} accounts read, {} reported, {} open tickets with a deadline\n", counts.accounts,
             counts.reported, counts.tickets);
  return counts;
}

// Breaks two rows the way storage breaks: one edited so that it breaks a
// rule of the catalogue, one overwritten with garbage.
bool corrupt(database& db) {
  statement edit{db, "UPDATE accounts SET profile = ? WHERE name = ?"};
  // Orbit Analytics bills every month, but now its relationship is one-time.
  std::string orbit = cl::to_string(cl::profile_of<ar::saas_subscription>);
  orbit.replace(orbit.find("duration=ongoing"), 16, "duration=one_time");
  edit.bind(1, orbit);
  edit.bind(2, "Orbit Analytics");
  if (!edit.run()) {
    return false;
  }
  edit.bind(1, "{duration=ongoing, billing=retainer period=monthly}");
  edit.bind(2, "Kestrel Labs");
  return edit.run();
}

int usage() {
  fmt::print(stderr, "usage: example_ledger [--create FILE | --report FILE]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if ((argc != 1 && argc != 3) || (argc == 3 && mode != "--create" && mode != "--report")) {
    return usage();
  }
  const std::string path =
      argc == 3 ? std::string{argv[2]}
                : (std::filesystem::temp_directory_path() / "clientele-ledger.db").string();
  if (mode == "--report" && !std::filesystem::exists(path)) {
    fmt::print(stderr, "example_ledger: no database at {}\n", path);
    return 1;
  }
  database db{path};
  if (!db.ok()) {
    fmt::print(stderr, "example_ledger: cannot open {}: {}\n", path, db.error());
    return 1;
  }
  if (mode == "--report") {
    report(db);
    return 0;
  }
  if (!create_book(db)) {
    fmt::print(stderr, "example_ledger: cannot store the accounts: {}\n", db.error());
    return 1;
  }
  if (mode == "--create") {
    fmt::print("the book of accounts is in {}\n", path);
    return 0;
  }

  fmt::print("The book of accounts, stored in {}\n\n", path.substr(path.rfind('/') + 1));
  const report_counts before = report(db);

  fmt::print("\nTwo rows broken in the database: one breaks a rule, one is garbage.\n\n");
  if (!corrupt(db)) {
    fmt::print(stderr, "example_ledger: cannot edit the accounts: {}\n", db.error());
    return 1;
  }
  const report_counts after = report(db);

  // Every account is read each time; the two broken rows are reported, and
  // their three tickets drop out of the table, nothing else.
  const bool ok = before.accounts == 6 && before.reported == 0 && before.tickets == 7 &&
                  after.accounts == 6 && after.reported == 2 && after.tickets == 4;
  fmt::print("\n{}\n", ok ? "the report is as expected" : "UNEXPECTED REPORT");
  return ok ? 0 : 1;
}
