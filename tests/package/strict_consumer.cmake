# The strict consumer test, run as `cmake -P strict_consumer.cmake` with
#   BUILD_DIR       the project's build tree (installed from)
#   SOURCE_DIR      the project's source tree
#   WORK_DIR        a scratch folder
#   COMPILERS       the compilers to try (a list; an entry may add flags, as in
#                   "clang++-14 -stdlib=libc++"); those not installed are skipped
#   WARNINGS        the consumer's warning flags (a list)
#   BOOST_INCLUDES  where Boost's headers are (a list; given as -isystem)
#
# Installs the package, then compiles, links and runs the consumer program
# (consumer/consumer.cpp, with <clientele/clientele.hpp> included first as
# well) with every compiler found, at -std=c++20 and at C++23, with WARNINGS.
# The installed headers are given with -I, not as system headers, so that
# their warnings show. Every combination is reported; the test fails if any
# of them fails, and names each failing one with its first diagnostic.

foreach(_var BUILD_DIR SOURCE_DIR WORK_DIR COMPILERS WARNINGS)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "strict consumer: ${_var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(_prefix "${WORK_DIR}/prefix")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${_prefix}"
                RESULT_VARIABLE _result OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "strict consumer: the install failed:\n${_out}")
endif()

set(_includes "-I${_prefix}/include")
foreach(_dir IN LISTS BOOST_INCLUDES)
  # A compiler's own system folders stay where they are: -isystem /usr/include
  # would reorder them and break #include_next in the standard library.
  if(_dir AND NOT _dir MATCHES "^/usr(/local)?/include/?$")
    list(APPEND _includes -isystem "${_dir}")
  endif()
endforeach()

set(_probe "${WORK_DIR}/probe.cpp")
file(WRITE "${_probe}" "#include <version>\nint main() { return 0; }\n")

# Runs a command; sets <out_result> and <out_output> (standard output and errors).
function(run_quietly out_result out_output)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _r OUTPUT_VARIABLE _o ERROR_VARIABLE _o)
  set(${out_result} "${_r}" PARENT_SCOPE)
  set(${out_output} "${_o}" PARENT_SCOPE)
endfunction()

set(_report "")
set(_failed "")
set(_tried 0)
foreach(_entry IN LISTS COMPILERS)
  separate_arguments(_words UNIX_COMMAND "${_entry}")
  list(POP_FRONT _words _name)
  set(_extra ${_words})
  unset(_cxx)
  find_program(_cxx NAMES "${_name}" NO_CACHE)
  if(NOT _cxx)
    string(APPEND _report "  skipped  ${_entry}: not installed\n")
    continue()
  endif()
  # An entry with flags of its own (another standard library) must be able to
  # build a program at all, or it is not installed either.
  if(_extra)
    run_quietly(_r _o "${_cxx}" ${_extra} -std=c++20 "${_probe}" -o "${WORK_DIR}/probe")
    if(NOT _r EQUAL 0)
      string(APPEND _report "  skipped  ${_entry}: cannot build a program (not installed?)\n")
      continue()
    endif()
  endif()

  # C++23 is -std=c++23 from GCC 11 and Clang 17 on, -std=c++2b before.
  set(_standards -std=c++20)
  run_quietly(_r _o "${_cxx}" ${_extra} -std=c++23 -fsyntax-only "${_probe}")
  if(_r EQUAL 0)
    list(APPEND _standards -std=c++23)
  else()
    list(APPEND _standards -std=c++2b)
  endif()

  foreach(_std IN LISTS _standards)
    math(EXPR _tried "${_tried} + 1")
    set(_label "${_entry} ${_std}")
    string(MAKE_C_IDENTIFIER "${_label}" _dir)
    file(MAKE_DIRECTORY "${WORK_DIR}/${_dir}")
    set(_exe "${WORK_DIR}/${_dir}/consumer")
    run_quietly(_r _o "${_cxx}" ${_extra} ${_std} ${WARNINGS} ${_includes}
                -include clientele/clientele.hpp "${SOURCE_DIR}/tests/package/consumer/consumer.cpp"
                -o "${_exe}")
    if(NOT _r EQUAL 0)
      string(REGEX MATCH "[^\n]*(warning|error):[^\n]*" _first "${_o}")
      if(NOT _first)
        string(REGEX MATCH "[^\n]+" _first "${_o}")
      endif()
      string(REPLACE "${_prefix}/" "" _first "${_first}")
      string(APPEND _report "  FAILED   ${_label}: ${_first}\n")
      list(APPEND _failed "${_label}")
      file(WRITE "${WORK_DIR}/${_dir}/output.txt" "${_o}")
      continue()
    endif()
    run_quietly(_r _o "${_exe}")
    if(NOT _r EQUAL 0)
      string(APPEND _report "  FAILED   ${_label}: the program compiled but failed: ${_o}\n")
      list(APPEND _failed "${_label}")
      continue()
    endif()
    string(APPEND _report "  passed   ${_label}\n")
  endforeach()
endforeach()

list(JOIN WARNINGS " " _flags)
message("strict consumer: the installed package with ${_flags}\n${_report}")
if(_tried EQUAL 0)
  message(FATAL_ERROR "strict consumer: none of the compilers is installed (${COMPILERS})")
endif()
if(_failed)
  list(LENGTH _failed _count)
  list(JOIN _failed "\n  " _list)
  message(FATAL_ERROR "strict consumer: ${_count} of ${_tried} combinations failed:\n  ${_list}\n"
                      "The full output of each is in output.txt of its folder under ${WORK_DIR}.")
endif()
message(STATUS "strict consumer: all ${_tried} combinations passed")
