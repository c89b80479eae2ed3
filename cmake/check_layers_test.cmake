# ctest layers.upward_include_fails: copies src/ and cmake/ to WORK_DIR, checks that the copy
# passes, then plants includes that point up, Beast outside src/http/ and a file in no layer, and
# checks that the layer check fails naming each one.
#   cmake -DFILET_SOURCE_DIR=<project> -DWORK_DIR=<scratch folder> -P cmake/check_layers_test.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY ${FILET_SOURCE_DIR}/src ${FILET_SOURCE_DIR}/cmake DESTINATION ${WORK_DIR})

function(run_check out_result out_text)
  execute_process(COMMAND ${CMAKE_COMMAND} -DFILET_SOURCE_DIR=${WORK_DIR} -P ${WORK_DIR}/cmake/check_layers.cmake
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  set(${out_result} ${result} PARENT_SCOPE)
  set(${out_text} "${output}" PARENT_SCOPE)
endfunction()

run_check(result output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the unchanged copy should pass the layer check:\n${output}")
endif()

function(plant file line)
  file(READ ${WORK_DIR}/src/${file} text)
  file(WRITE ${WORK_DIR}/src/${file} "${line}\n${text}")
endfunction()
plant(auth/password.cpp "#include \"api/api.hpp\"")
plant(db/pool.hpp "#include \"app/application.hpp\"")
plant(core/user_service.cpp "#include \"core/user_routes.hpp\"")
plant(directory/search.cpp "#include <boost/beast/http.hpp>")
file(WRITE ${WORK_DIR}/src/stray/orphan.cpp "int orphan = 0;\n")

run_check(result output)
if(result EQUAL 0)
  message(FATAL_ERROR "the layer check passed a tree with upward includes:\n${output}")
endif()
foreach(expected "src/auth/password.cpp includes api/api.hpp: auth may use audit, db, common"
                 "src/db/pool.hpp includes app/application.hpp: db may use common"
                 "src/core/user_service.cpp includes core/user_routes.hpp: core may use"
                 "src/directory/search.cpp includes <boost/beast/http.hpp>: only src/http/ may include Beast"
                 "src/stray/orphan.cpp is in no layer")
  string(FIND "${output}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the layer check should report \"${expected}\"; it said:\n${output}")
  endif()
endforeach()
string(REGEX MATCHALL "\n    src/" reported "${output}")
list(LENGTH reported count)
if(NOT count EQUAL 5)
  message(FATAL_ERROR "the layer check should report exactly the 5 planted faults; it said:\n${output}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
