# The layers of the server and the arrows between them: the one table. CMakeLists.txt builds one
# static library per layer (filet_<layer>) linked to the layers it uses, and check_layers.cmake
# fails the build when a file of src/ includes a header of a layer its own layer may not use.
#
# filet_layer(NAME [FOLDER dir] [ROUTES] [USES layer...])
#   FOLDER  the folder of src/ holding the layer (default: NAME); the longest matching folder wins
#   ROUTES  only that folder's *_routes.cpp/hpp files (thin handlers, which sit above the API);
#           the folder's layer without ROUTES holds the rest
#   USES    the layers below it may use; a layer also may use what those use. A layer can only
#           name layers declared before it, so the arrows always point down and never loop.
# Unit tests (*_test.cpp) and src/main.cpp may use every layer and are not checked.

function(filet_layer name)
  cmake_parse_arguments(L "ROUTES" "FOLDER" "USES" ${ARGN})
  if(NOT L_FOLDER)
    set(L_FOLDER ${name})
  endif()
  set(allowed)
  foreach(used ${L_USES})
    if(NOT used IN_LIST FILET_LAYERS)
      message(FATAL_ERROR "cmake/layers.cmake: ${name} uses ${used}, which is not declared before it")
    endif()
    list(APPEND allowed ${used} ${FILET_LAYER_${used}_ALLOWED})
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set(FILET_LAYERS ${FILET_LAYERS} ${name} PARENT_SCOPE)
  set(FILET_LAYER_${name}_FOLDER ${L_FOLDER} PARENT_SCOPE)
  set(FILET_LAYER_${name}_ROUTES ${L_ROUTES} PARENT_SCOPE)
  set(FILET_LAYER_${name}_USES "${L_USES}" PARENT_SCOPE)
  set(FILET_LAYER_${name}_ALLOWED "${allowed}" PARENT_SCOPE)
endfunction()

set(FILET_LAYERS)
filet_layer(common)
filet_layer(db USES common)
filet_layer(http USES common)  # the only layer that may include Beast
filet_layer(export USES common)  # the one CSV / XLSX writer of every export
filet_layer(files USES db)  # the file store: bytes on disk by SHA-256, metadata, allowed types, download headers
filet_layer(audit USES db)
filet_layer(auth USES audit)
filet_layer(core USES auth)
filet_layer(reference USES auth)  # reference lists: the modules above store their codes
filet_layer(privacy USES core)  # Law 25: the register of confidentiality incidents
filet_layer(directory USES core http)
filet_layer(journal USES core reference export)  # outreach and networking entries (démarchage, réseautage)
filet_layer(families USES core reference)  # families accompanied, identity, consents, contacts, check-ins
filet_layer(referrals USES families)  # referrals of families to services and organizations, their loop
filet_layer(questionnaires USES core export)  # questionnaires, their versions, anonymous campaigns and results
filet_layer(groups USES core export files families)  # groups: programs of sessions, participants (a parent linked to a family with its consent), attendance, logbook, fidelity
filet_layer(network USES core)  # the map of the partnership network: organizations linked by referrals and contacts
filet_layer(api USES auth http export)
filet_layer(audit_routes FOLDER audit ROUTES USES api export)
filet_layer(core_routes FOLDER core ROUTES USES api core)
filet_layer(auth_routes FOLDER auth ROUTES USES core_routes)
filet_layer(directory_routes FOLDER directory ROUTES USES api directory)
filet_layer(reference_routes FOLDER reference ROUTES USES api reference)
filet_layer(privacy_routes FOLDER privacy ROUTES USES api privacy)
filet_layer(journal_routes FOLDER journal ROUTES USES api journal)
filet_layer(families_routes FOLDER families ROUTES USES api families)
filet_layer(referrals_routes FOLDER referrals ROUTES USES api referrals)
filet_layer(reports USES families)  # aggregates over the journal and the families (the journal's summary)
filet_layer(reports_routes FOLDER reports ROUTES USES api reports)
filet_layer(gaps USES referrals reports export)  # service gaps and their register (trous de services)
filet_layer(gaps_routes FOLDER gaps ROUTES USES api gaps)
filet_layer(network_routes FOLDER network ROUTES USES api network)
filet_layer(partnerships USES reports reference export)  # key partners (partenaires clés), their summary, referral agreements
filet_layer(partnerships_routes FOLDER partnerships ROUTES USES api partnerships)
filet_layer(questionnaires_routes FOLDER questionnaires ROUTES USES api questionnaires)
filet_layer(groups_routes FOLDER groups ROUTES USES api groups)
filet_layer(demo USES directory journal families gaps groups partnerships questionnaires)
filet_layer(app USES audit_routes auth_routes directory_routes reference_routes privacy_routes journal_routes families_routes referrals_routes reports_routes gaps_routes partnerships_routes demo questionnaires_routes groups_routes network_routes)
filet_layer(testing FOLDER db/testing USES app)  # test support: opens a migrated database

# The layer of `path` (relative to src/, e.g. "auth/session_routes.hpp"), or "" when none holds it.
function(filet_layer_of path out)
  get_filename_component(file_name ${path} NAME)
  set(best "")
  set(best_length 0)
  foreach(layer ${FILET_LAYERS})
    set(folder ${FILET_LAYER_${layer}_FOLDER})
    string(LENGTH "${folder}/" length)
    string(SUBSTRING "${path}" 0 ${length} prefix)
    if(NOT prefix STREQUAL "${folder}/" OR length LESS best_length)
      continue()
    endif()
    if(file_name MATCHES "_routes\\.(cpp|hpp)$")
      set(wanted_routes TRUE)
    else()
      set(wanted_routes FALSE)
    endif()
    if(FILET_LAYER_${layer}_ROUTES AND NOT wanted_routes)
      continue()
    endif()
    # Same folder: the ROUTES layer, declared after the folder's own, takes its routes files.
    set(best ${layer})
    set(best_length ${length})
  endforeach()
  set(${out} "${best}" PARENT_SCOPE)
endfunction()
