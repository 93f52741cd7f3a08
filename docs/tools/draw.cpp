// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Draws the pictures of the documentation from the library itself, so that
// they change when the library does. Run by the docs build as
//   draw OUTPUT_DIR
// it writes four Graphviz files, which the build turns into SVG:
//   model.dot      every dimension and value, coloured by the side it leans to
//   derived.dot    which dimensions each derived property reads
//   rules.dot      which dimensions each consistency rule couples
//   roundtrip.dot  a relationship type to text and back, as this program
//                  runs it, with the errors each step can report
// The dimensions, properties and rules are walked with Boost.Hana; nothing
// is listed by hand. The program fails (exit status 1) when the round trip
// does not give back the type it started from.

#include <clientele/clientele.hpp>
#include <clientele/ext/hana.hpp>
#include <clientele/runtime.hpp>

#include <boost/hana/for_each.hpp>

#include <array>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace cl = clientele;
namespace hana = boost::hana;

namespace {

// Colours of the three leanings, shared by every picture.
constexpr std::string_view client_fill = "#cfe2f3";
constexpr std::string_view customer_fill = "#fce5cd";
constexpr std::string_view either_fill = "#eeeeee";
constexpr std::string_view error_fill = "#f4cccc";

std::string_view fill_of(cl::leaning l) {
  switch (l) {
    case cl::leaning::client: return client_fill;
    case cl::leaning::customer: return customer_fill;
    case cl::leaning::either: break;
  }
  return either_fill;
}

// Text inside a Graphviz HTML-like label.
std::string html(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Text inside a double-quoted Graphviz string.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + '"';
}

// Breaks a long message into lines of about `width` characters, for a label.
std::string wrapped(std::string_view text, std::size_t width = 46) {
  std::string out;
  std::size_t line = 0;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    if (line != 0 && line + 1 + word.size() > width) {
      out += "<BR ALIGN=\"LEFT\"/>";
      line = 0;
    } else if (line != 0) {
      out += ' ';
      ++line;
    }
    out += html(word);
    line += word.size();
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
  }
  return out + "<BR ALIGN=\"LEFT\"/>";
}

// The names of the catalogue's dimensions, in the order of its bit masks.
std::vector<std::string_view> dimension_names() {
  std::vector<std::string_view> names;
  hana::for_each(cl::all_dimensions_c, [&](auto d) {
    names.push_back(decltype(d)::type::name);
  });
  return names;
}

constexpr std::string_view graph_style =
    "  fontname=\"Helvetica\"; fontsize=11; bgcolor=\"transparent\";\n"
    // at most 9.5 inches wide, the width of a page's text column
    "  size=\"9.5,40\";\n"
    "  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=\"rounded,filled\", "
    "fillcolor=\"#ffffff\", color=\"#666666\"];\n"
    "  edge [fontname=\"Helvetica\", fontsize=10, color=\"#666666\"];\n";

std::string legend() {
  std::string out =
      "  legend [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" "
      "CELLSPACING=\"4\" CELLPADDING=\"4\"><TR>";
  out += "<TD BGCOLOR=\"" + std::string{client_fill} + "\">leans to client</TD>";
  out += "<TD BGCOLOR=\"" + std::string{customer_fill} + "\">leans to customer</TD>";
  out += "<TD BGCOLOR=\"" + std::string{either_fill} + "\">either, or neither</TD>";
  return out + "</TR></TABLE>>];\n";
}

// (a) Every dimension and its values, each value in the column of the side
// it leans to.
std::string draw_model() {
  std::string rows;
  std::size_t values = 0;
  hana::for_each(cl::all_dimensions_c, [&](auto d) {
    using D = typename decltype(d)::type;
    using E = typename D::value_type;
    std::array<std::string, 3> cells;  // client, either, customer
    const auto& names = cl::enum_traits<E>::names;
    const auto& leanings = cl::enum_traits<E>::leanings;
    for (std::size_t i = 0; i < cl::enum_count_v<E>; ++i) {
      const std::size_t column = leanings[i] == cl::leaning::client     ? 0
                                 : leanings[i] == cl::leaning::customer ? 2
                                                                        : 1;
      cells[column] += "<TD BGCOLOR=\"" + std::string{fill_of(leanings[i])} + "\">" +
                       html(names[i]) + "</TD>";
      ++values;
    }
    rows += "<TR><TD ALIGN=\"RIGHT\"><B>" + html(D::name) + "</B></TD>";
    for (const std::string& cell : cells) {
      rows += "<TD>";
      if (!cell.empty()) {
        rows += "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>" +
                cell + "</TR></TABLE>";
      }
      rows += "</TD>";
    }
    rows += "</TR>\n";
  });
  std::string out = "digraph model {\n";
  out += graph_style;
  out += "  rankdir=TB; ranksep=0.2;\n  label=" + quoted(std::to_string(cl::dimension_count) + " dimensions, " +
                             std::to_string(values) + " values") +
         "; labelloc=t;\n";
  out +=
      "  chart [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
      "CELLSPACING=\"2\">\n<TR><TD></TD><TD><B>client side</B></TD><TD><B>either side</B></TD>"
      "<TD><B>customer side</B></TD></TR>\n" +
      rows + "</TABLE>>];\n";
  out += "}\n";
  return out;
}

// (b) Which dimensions each derived property reads, and which properties
// follow the kind rule (the default rule, kind_rules::catalogue).
std::string draw_derived() {
  using rule = cl::kind_rules::catalogue;
  const std::vector<std::string_view> dims = dimension_names();
  std::uint32_t read = rule::reads;
  std::string props;
  std::string edges;
  hana::for_each(cl::all_properties_c, [&](auto p) {
    using P = typename decltype(p)::type;
    read |= P::reads;
    props += "    " + quoted(std::string{"p_"} + std::string{P::name}) +
             " [label=" + quoted(P::name) + "];\n";
    for (std::size_t i = 0; i < dims.size(); ++i) {
      if ((P::reads >> i) & 1u) {
        edges += "  " + quoted(std::string{"d_"} + std::string{dims[i]}) + " -> " +
                 quoted(std::string{"p_"} + std::string{P::name}) + ";\n";
      }
    }
    if (P::uses_kind) {
      edges += "  rule -> " + quoted(std::string{"p_"} + std::string{P::name}) +
               " [color=\"#3d6fa8\", style=bold];\n";
    }
  });
  std::string dim_nodes;
  hana::for_each(cl::all_dimensions_c, [&](auto d) {
    using D = typename decltype(d)::type;
    const std::uint32_t bit = cl::dimension_mask_v<D>;
    dim_nodes += "    " + quoted(std::string{"d_"} + std::string{D::name}) +
                 " [label=" + quoted(D::name);
    if ((read & bit) == 0) {
      dim_nodes += ", fontcolor=\"#999999\", color=\"#bbbbbb\", style=\"rounded,dashed\"";
    }
    dim_nodes += "];\n";
    if ((rule::reads & bit) != 0) {
      edges += "  " + quoted(std::string{"d_"} + std::string{D::name}) +
               " -> rule [color=\"#3d6fa8\", style=bold];\n";
    }
  });
  std::string out = "digraph derived {\n";
  out += graph_style;
  out += "  rankdir=LR; ranksep=1.1; nodesep=0.12;\n";
  out += "  subgraph cluster_dimensions {\n    label=\"dimensions\"; color=\"#cccccc\";\n" +
         dim_nodes + "  }\n";
  out += "  rule [label=" + quoted("kind rule\n(default: " + std::string{rule::name} + ")") +
         ", fillcolor=" + quoted(client_fill) + "];\n";
  out += "  subgraph cluster_properties {\n    label=\"derived properties\"; color=\"#cccccc\";\n" +
         props + "  }\n";
  out += edges;
  out += "}\n";
  return out;
}

// (c) Which dimensions each consistency rule couples. The rules that only
// run-time data can break (structural) are dashed.
std::string draw_rules() {
  std::uint32_t involved = 0;
  std::string edges;
  std::vector<std::string_view> every_field;
  hana::for_each(cl::all_rules{}, [&](auto r) {
    using R = typename decltype(r)::type;
    const std::string name{cl::name_of(R::rule)};
    constexpr bool structural = requires { R::structural; };
    if constexpr (requires { typename R::first; typename R::second; }) {
      involved |= cl::dimension_mask_v<typename R::first> | cl::dimension_mask_v<typename R::second>;
      const std::string style = structural ? ", style=dashed, color=\"#999999\"" : ", penwidth=1.5";
      edges += "  " + quoted("r_" + name) + " [label=" + quoted(name) +
               (structural ? ", shape=box, style=\"rounded,dashed\", fontcolor=\"#777777\", color=\"#999999\""
                           : ", shape=box, fillcolor=\"#fff2cc\"") + "];\n";
      edges += "  " + quoted("r_" + name) + " -- " + quoted(R::first::name) + " [" +
               style.substr(2) + "];\n";
      if (!std::is_same_v<typename R::first, typename R::second>) {
        edges += "  " + quoted("r_" + name) + " -- " + quoted(R::second::name) + " [" +
                 style.substr(2) + "];\n";
      }
    } else {
      every_field.push_back(cl::name_of(R::rule));
    }
  });
  std::string out = "graph rules {\n";
  out += graph_style;
  out += "  rankdir=LR; nodesep=0.25; ranksep=1.2;\n";
  hana::for_each(cl::all_dimensions_c, [&](auto d) {
    using D = typename decltype(d)::type;
    if ((involved & cl::dimension_mask_v<D>) != 0) {
      out += "  " + quoted(D::name) + " [shape=ellipse, style=filled, fillcolor=\"#ffffff\"];\n";
    }
  });
  out += edges;
  if (!every_field.empty()) {
    std::string text = "checked on every field (structural):";
    for (const std::string_view n : every_field) {
      text += "\n";
      text += n;
    }
    out += "  every_field [shape=note, style=\"\", fontcolor=\"#777777\", label=" + quoted(text) +
           "];\n";
  }
  out += "  label=\"rules (boxes) and the dimensions they name (ellipses)\\n"
         "solid: a relationship type that breaks the rule does not compile\\n"
         "dashed: only a profile read at run time can break it\"; labelloc=b; "
         "fontcolor=\"#555555\";\n";
  out += "}\n";
  return out;
}

// (d) The round trip, as it runs: a relationship type becomes a profile and
// text, and the text comes back through parse_profile, validate and a
// registry to the same type. Each step's failure is shown as what that step
// reports for a bad input.
using retained_client =
    cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                     cl::billing::retainer<cl::period::monthly>, cl::agreement::service_contract,
                     cl::support::dedicated_team>;
using walk_in_customer =
    cl::relationship<cl::duration::one_time, cl::offering::goods, cl::billing::per_transaction,
                     cl::party::individual, cl::purpose::end_use>;
using known = cl::registry<cl::named<"retained_client", retained_client>,
                           cl::named<"walk_in_customer", walk_in_customer>>;

std::size_t specified(const cl::profile& p) {
  std::size_t n = 0;
  hana::for_each(cl::all_dimensions_c, [&](auto d) {
    n += cl::get<typename decltype(d)::type>(p).has_value() ? 1 : 0;
  });
  return n;
}

std::string step(std::string_view id, std::string_view title, const std::string& body,
                 std::string_view fill = "#ffffff") {
  return "  " + std::string{id} + " [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"1\" "
         "COLOR=\"#666666\" CELLBORDER=\"0\" CELLPADDING=\"5\" BGCOLOR=\"" + std::string{fill} +
         "\"><TR><TD ALIGN=\"LEFT\"><B>" + html(title) + "</B></TD></TR><TR><TD ALIGN=\"LEFT\">" +
         body + "</TD></TR></TABLE>>];\n";
}

bool draw_roundtrip(std::string& out) {
  constexpr cl::profile start = cl::profile_of<retained_client>;
  const std::string text = cl::to_string(start);
  const cl::parse_result parsed = cl::parse_profile(text);
  if (!parsed || *parsed != start) {
    std::cerr << "draw: parse_profile(to_string(p)) did not give p back\n";
    return false;
  }
  const std::vector<cl::violation> problems = cl::validate(*parsed);
  const auto back = known::dispatch(*parsed, [](auto type) {
    return std::is_same_v<typename decltype(type)::type, retained_client>;
  });
  if (!problems.empty() || !back || !*back) {
    std::cerr << "draw: the round trip did not lead back to retained_client\n";
    return false;
  }

  // What each step says of a bad input.
  const std::string typo = "{duration=ongoing, billing=per-transaction}";
  const cl::parse_result bad_text = cl::parse_profile(typo);
  const cl::parse_result contradiction =
      cl::parse_profile("{duration=one_time, billing=recurring, period=weekly}");
  const cl::parse_result unknown = cl::parse_profile("{duration=repeat, offering=goods}");
  if (bad_text || !contradiction || !unknown) {
    std::cerr << "draw: the bad inputs did not parse as expected\n";
    return false;
  }
  const std::vector<cl::violation> broken = cl::validate(*contradiction);
  const auto missing = known::dispatch(*unknown, [](auto) { return true; });
  if (broken.empty() || missing) {
    std::cerr << "draw: the bad inputs were not reported\n";
    return false;
  }

  out = "digraph roundtrip {\n";
  out += graph_style;
  out += "  rankdir=TB; nodesep=0.4; ranksep=0.35;\n";
  out += step("type", "a relationship type", "retained_client<BR ALIGN=\"LEFT\"/>" +
              html("(is_client_v: ") + (cl::is_client_v<retained_client> ? "true" : "false") +
              ")<BR ALIGN=\"LEFT\"/>", client_fill);
  out += step("profile", "clientele::profile",
              "plain data: " + std::to_string(specified(start)) + " of " +
                  std::to_string(cl::dimension_count) + " dimensions set<BR ALIGN=\"LEFT\"/>");
  out += step("text", "text, stored anywhere", wrapped(text));
  out += step("parsed", "clientele::profile again",
              std::string{"equal to the first one: "} + (*parsed == start ? "yes" : "no") +
                  "<BR ALIGN=\"LEFT\"/>");
  out += step("valid", "a valid profile",
              "rules broken: " + std::to_string(problems.size()) + "<BR ALIGN=\"LEFT\"/>");
  out += step("back", "the same type", html(known::name_at(known::find(*parsed))) +
              "<BR ALIGN=\"LEFT\"/>" + html("f(std::type_identity<retained_client>{})") +
              "<BR ALIGN=\"LEFT\"/>", client_fill);
  out += "  type -> profile [label=\" profile_of<R>\"];\n";
  out += "  profile -> text [label=\" to_string(p)\"];\n";
  out += "  text -> parsed [label=\" parse_profile(text)\"];\n";
  out += "  parsed -> valid [label=\" validate(p)\"];\n";
  out += "  valid -> back [label=\" registry::dispatch(p, f)\"];\n";

  out += step("e_parse", "parse_error", wrapped("input " + typo) + "<BR ALIGN=\"LEFT\"/>" +
              wrapped(bad_text.error().message + " (at " +
                      std::to_string(bad_text.error().position) + ")"), error_fill);
  std::string messages;
  for (const cl::violation& v : broken) {
    messages += wrapped("- " + std::string{v.message});
  }
  out += step("e_valid", "violations", wrapped("input " + cl::to_string(*contradiction)) +
              "<BR ALIGN=\"LEFT\"/>" + messages, error_fill);
  out += step("e_back", "dispatch_error", wrapped(missing.error().message), error_fill);
  out += "  text -> e_parse [style=dashed, color=\"#cc4125\", label=\" a typo\"];\n";
  out += "  parsed -> e_valid [style=dashed, color=\"#cc4125\", label=\" a contradiction\"];\n";
  out += "  valid -> e_back [style=dashed, color=\"#cc4125\", label=\" a profile not registered\"];\n";
  out += "  { rank=same; text; e_parse; }\n  { rank=same; parsed; e_valid; }\n"
         "  { rank=same; valid; e_back; }\n";
  out += "}\n";
  return true;
}

bool write(const std::string& dir, std::string_view name, const std::string& text) {
  const std::string path = dir + "/" + std::string{name};
  std::ofstream file{path};
  file << text;
  file.close();
  if (!file) {
    std::cerr << "draw: cannot write " << path << '\n';
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: draw OUTPUT_DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  std::string roundtrip;
  if (!draw_roundtrip(roundtrip)) {
    return 1;
  }
  std::string model = draw_model();
  model.insert(model.rfind('}'), legend() + "  chart -> legend [style=invis];\n");
  const std::string rules = draw_rules();
  const bool ok = write(dir, "model.dot", model) && write(dir, "derived.dot", draw_derived()) &&
                  write(dir, "rules.dot", rules) && write(dir, "roundtrip.dot", roundtrip);
  return ok ? 0 : 1;
}
