# A package test, run as `cmake -P run.cmake` with
#   MODE         find_package, add_subdirectory or fetchcontent
#   BUILD_DIR    the project's build tree (installed from, for find_package)
#   SOURCE_DIR   the project's source tree
#   WORK_DIR     a scratch folder
#   CXX_COMPILER the compiler the consumer is built with
#   GENERATOR    the CMake generator
# It builds the consumer project in consumer/ from outside the tree and runs it.

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE _result OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _result EQUAL 0)
    list(JOIN ARGV " " _cmd)
    message(FATAL_ERROR "package test (${MODE}): '${_cmd}' failed:\n${_out}")
  endif()
  set(_last_output "${_out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(_prefix "${WORK_DIR}/prefix")
set(_consumer_build "${WORK_DIR}/consumer")
set(_args -S "${SOURCE_DIR}/tests/package/consumer" -B "${_consumer_build}" -G "${GENERATOR}"
          -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCLIENTELE_CONSUME=${MODE})

if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${_prefix}")
  # The package must be complete: headers, CMake files with a version, pkg-config.
  foreach(_file include/clientele/clientele.hpp include/clientele/version.hpp
                share/cmake/clientele/clienteleConfig.cmake
                share/cmake/clientele/clienteleConfigVersion.cmake
                share/cmake/clientele/clienteleTargets.cmake
                share/pkgconfig/clientele.pc)
    if(NOT EXISTS "${_prefix}/${_file}")
      message(FATAL_ERROR "package test: the install lacks ${_file}")
    endif()
  endforeach()
  # The package must say nothing about the language standard in its flags: a
  # -std= there would override the consumer's own (-std=c++23, say).
  file(READ "${_prefix}/share/pkgconfig/clientele.pc" _pc)
  if(_pc MATCHES "\n(Cflags|Libs)[^\n]*-std=")
    message(FATAL_ERROR "package test: clientele.pc puts a -std= flag in its Cflags or Libs, "
                        "which overrides the consumer's standard:\n${_pc}")
  endif()
  find_program(_pkg_config NAMES pkg-config pkgconf)
  if(_pkg_config)
    set(ENV{PKG_CONFIG_PATH} "${_prefix}/share/pkgconfig")
    run(${_pkg_config} --cflags clientele)
    set(_cflags "${_last_output}")
    string(REGEX MATCH "-I([^ \n]+)" _flag "${_cflags}")
    get_filename_component(_given "${CMAKE_MATCH_1}" REALPATH)
    get_filename_component(_expected "${_prefix}/include" REALPATH)
    if(NOT _given STREQUAL _expected)
      message(FATAL_ERROR "package test: pkg-config gives '${_cflags}', not the "
                          "installed include folder ${_expected}")
    endif()
    if(_cflags MATCHES "-std=")
      message(FATAL_ERROR "package test: pkg-config --cflags gives a -std= flag: '${_cflags}'")
    endif()
    # A consumer on C++23 that builds with the pkg-config flags after its own
    # must stay on C++23 (-std=c++2b for compilers that predate the name).
    separate_arguments(_cflags UNIX_COMMAND "${_cflags}")
    set(_cxx23 -std=c++23)
    execute_process(COMMAND ${CXX_COMPILER} -std=c++23 -x c++ -fsyntax-only /dev/null
                    RESULT_VARIABLE _result OUTPUT_QUIET ERROR_QUIET)
    if(NOT _result EQUAL 0)
      set(_cxx23 -std=c++2b)
    endif()
    file(WRITE "${WORK_DIR}/pkg_config_cxx23.cpp"
         "#include <clientele/clientele.hpp>\n"
         "static_assert(__cplusplus > 202002L, \"the consumer's C++23 was overridden\");\n")
    run(${CXX_COMPILER} ${_cxx23} ${_cflags} -fsyntax-only "${WORK_DIR}/pkg_config_cxx23.cpp")
    run(${CXX_COMPILER} ${_cxx23} ${_cflags} "${SOURCE_DIR}/tests/package/consumer/consumer.cpp"
        -o "${WORK_DIR}/pkg_config_consumer")
    run("${WORK_DIR}/pkg_config_consumer")
    message(STATUS "package test (pkg-config, ${_cxx23}): ${_last_output}")
  endif()
  list(APPEND _args "-DCMAKE_PREFIX_PATH=${_prefix}")
else()
  list(APPEND _args "-DCLIENTELE_SOURCE_DIR=${SOURCE_DIR}")
endif()

run(${CMAKE_COMMAND} ${_args})
run(${CMAKE_COMMAND} --build "${_consumer_build}")
run("${_consumer_build}/consumer")
message(STATUS "package test (${MODE}): ${_last_output}")

# Each optional component asked for alone, by an outside consumer: with
# find_package(clientele 0.2 COMPONENTS <component>), and with pkg-config
# (clientele-<component>.pc, whose flags and libraries must suffice to build
# and link the same program). The developer build makes every component, so
# the install must hold them all.
if(MODE STREQUAL "find_package")
  if(NOT EXISTS "${_prefix}/share/clientele/profile.schema.json")
    message(FATAL_ERROR "package test: the install lacks share/clientele/profile.schema.json")
  endif()
  foreach(_component fmt json hana tz)
    string(SUBSTRING "${_component}" 0 1 _first)
    string(TOUPPER "${_first}" _first)
    string(SUBSTRING "${_component}" 1 -1 _rest)
    foreach(_file share/cmake/clientele/clientele${_first}${_rest}Targets.cmake
                  share/pkgconfig/clientele-${_component}.pc)
      if(NOT EXISTS "${_prefix}/${_file}")
        message(FATAL_ERROR "package test: the install lacks ${_file}")
      endif()
    endforeach()
    file(READ "${_prefix}/share/pkgconfig/clientele-${_component}.pc" _pc)
    if(NOT _pc MATCHES "\nRequires: clientele ")
      message(FATAL_ERROR "package test: clientele-${_component}.pc does not require the core:\n${_pc}")
    endif()

    set(_component_build "${WORK_DIR}/consumer_${_component}")
    run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/package/consumer" -B "${_component_build}"
        -G "${GENERATOR}" -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCLIENTELE_CONSUME=find_package
        -DCLIENTELE_COMPONENT=${_component} "-DCMAKE_PREFIX_PATH=${_prefix}")
    run(${CMAKE_COMMAND} --build "${_component_build}")
    run("${_component_build}/consumer")
    message(STATUS "package test (find_package, component ${_component}): ${_last_output}")

    if(_pkg_config)
      run(${_pkg_config} --cflags clientele-${_component})
      separate_arguments(_cflags UNIX_COMMAND "${_last_output}")
      run(${_pkg_config} --libs clientele-${_component})
      separate_arguments(_libs UNIX_COMMAND "${_last_output}")
      run(${CXX_COMPILER} -std=c++20 ${_cflags}
          "${SOURCE_DIR}/tests/package/consumer/consumer_${_component}.cpp" ${_libs}
          -o "${WORK_DIR}/pkg_config_consumer_${_component}")
      run("${WORK_DIR}/pkg_config_consumer_${_component}")
      message(STATUS "package test (pkg-config, component ${_component}): ${_last_output}")
    endif()
  endforeach()
endif()
