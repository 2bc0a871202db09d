# Live backends (live/): real NumPy embedded through CPython, and
# `ndparity capture`. Included by the top CMakeLists.txt before ndp_harness
# is defined; it links ndp_live into ndp_harness (and defines NDP_HAVE_LIVE
# for it) when the target exists, which it always does: with Python 3's
# embedding files and NumPy's headers found for /usr/bin/python3, the real
# backend (NDP_HAVE_PYTHON=1); without them, or with -DNDP_PYTHON=OFF, a stub
# whose backends say they are unavailable. capture works either way.
option(NDP_PYTHON "Build the live numpy backend (embedded CPython and NumPy) when found" ON)

set(NDP_LIVE_DIR ${CMAKE_CURRENT_LIST_DIR})
set(NDP_LIVE_WITH_PYTHON OFF)
if(NDP_PYTHON)
  # Debian's interpreter, never another python3 on PATH (pyenv, a venv):
  # the truth is its python3-numpy 1.24.
  if(NOT DEFINED Python3_EXECUTABLE)
    set(Python3_EXECUTABLE /usr/bin/python3)
  endif()
  find_package(Python3 COMPONENTS Interpreter Development.Embed NumPy)
  if(Python3_Interpreter_FOUND AND Python3_Development.Embed_FOUND AND Python3_NumPy_FOUND)
    set(NDP_LIVE_WITH_PYTHON ON)
    message(STATUS "live: numpy backend with Python ${Python3_VERSION} "
                   "(${Python3_EXECUTABLE}), NumPy ${Python3_NumPy_VERSION}")
  else()
    message(STATUS "live: Python 3 embedding or NumPy headers not found for "
                   "${Python3_EXECUTABLE}: the numpy backend will say it is unavailable "
                   "(install python3-dev and python3-numpy)")
  endif()
else()
  message(STATUS "live: NDP_PYTHON=OFF: the numpy backend will say it is unavailable")
endif()

if(NDP_LIVE_WITH_PYTHON)
  add_library(ndp_live STATIC ${NDP_LIVE_DIR}/src/live_python.c ${NDP_LIVE_DIR}/src/live_numpy.c
                              ${NDP_LIVE_DIR}/src/capture.c)
  target_link_libraries(ndp_live PUBLIC Python3::Python PRIVATE Python3::NumPy)
  target_compile_definitions(ndp_live PUBLIC NDP_HAVE_PYTHON=1
                             PRIVATE NDP_LIVE_PY_DIR="${NDP_LIVE_DIR}/py"
                                     NDP_PYTHON_EXECUTABLE="${Python3_EXECUTABLE}")
else()
  add_library(ndp_live STATIC ${NDP_LIVE_DIR}/src/live_stub.c ${NDP_LIVE_DIR}/src/capture.c)
endif()
target_include_directories(ndp_live PUBLIC ${NDP_LIVE_DIR}/include PRIVATE ${NDP_LIVE_DIR}/src)
# capture runs cases (ndp_run_case, the pipeline interpreter): ndp_harness,
# which links ndp_live in turn (a cycle of static libraries, which CMake
# repeats on the link line).
target_link_libraries(ndp_live PUBLIC ndp_case ndp_core PRIVATE ndp_harness)

# Unit tests (live/tests/test_*.c), as the top CMakeLists.txt makes them for
# the other modules; defined at the end of the top directory, once
# ndp_harness and Criterion's target exist.
function(ndp_live_add_tests)
  if(NOT BUILD_TESTING)
    return()
  endif()
  file(GLOB NDP_LIVE_TEST_SRC CONFIGURE_DEPENDS ${NDP_LIVE_DIR}/tests/test_*.c)
  foreach(src IN LISTS NDP_LIVE_TEST_SRC)
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_link_libraries(${name} PRIVATE ndp_harness PkgConfig::CRITERION)
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/harness/src)
    target_compile_definitions(${name} PRIVATE NDP_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name} --jobs 1)
    # Criterion exits 0 on sanitizer reports and on a filter matching nothing.
    set_tests_properties(${name} PROPERTIES
      FAIL_REGULAR_EXPRESSION "ERROR: [A-Za-z]+Sanitizer;runtime error:;Tested: 0 "
      LABELS unit)
    # CPython keeps its interpreter-wide allocations until exit (it is never
    # finalised): LeakSanitizer's reports of them are suppressed, and only
    # them (live/lsan.supp).
    if(NDP_SANITIZE)
      set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "LSAN_OPTIONS=suppressions=${NDP_LIVE_DIR}/lsan.supp:print_suppressions=0")
    endif()
  endforeach()
endfunction()
cmake_language(DEFER CALL ndp_live_add_tests)
