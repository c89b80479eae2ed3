#pragma once
// The fields of groups, described once (decoding, labels, OpenAPI schemas, web types): programs
// of sessions, groups, participants, sessions, the attendance taken in the room, the logbook;
// the lists' filters; and their JSON.
#include <boost/json/object.hpp>

#include "common/fields.hpp"
#include "groups/group.hpp"

namespace filet::groups {

extern const fields::Description kMaterialFields;
extern const fields::Description kProgramSessionFields;        // a program's session
extern const fields::Description kProgramSessionChangeFields;  // the body that changes it (with the program's version)
extern const fields::Description kMaterialUploadFields;        // the body of a material's upload
extern const fields::Description kProgramFields;
extern const fields::Description kGroupFields;
extern const fields::Description kGroupFilters;
extern const fields::Description kParticipantFields;
extern const fields::Description kSessionFields;
extern const fields::Description kGroupChildFilters;  // group_id, for participants and sessions
extern const fields::Description kAttendanceFields;
extern const fields::Description kLogbookFields;

Result<GroupProgramChanges> decode_program(const boost::json::object& body, fields::Mode mode);
// The body of PUT /api/v1/group-programs/{id}/sessions/{number} (its version taken out before).
Result<ProgramSessionChanges> decode_program_session(const boost::json::object& body);
// The body of a material's upload: its file name and its bytes (base64, decoded here; malformed:
// validation_failed naming `content_base64`).
struct MaterialUpload {
  std::string name, bytes;
};
Result<MaterialUpload> decode_material_upload(const boost::json::object& body);
Result<GroupChanges> decode_group(const boost::json::object& body, fields::Mode mode);
Result<ParticipantChanges> decode_participant(const boost::json::object& body, fields::Mode mode);
Result<SessionChanges> decode_session(const boost::json::object& body, fields::Mode mode);
// The body of PUT /api/v1/group-sessions/{id}/attendance (its version taken out before).
Result<Attendance> decode_attendance(const boost::json::object& body);
// The body of PUT /api/v1/group-sessions/{id}/logbook (its version taken out before).
Result<Logbook> decode_logbook(const boost::json::object& body);

boost::json::object to_json(const Material& m);
boost::json::object to_json(const ProgramSession& s);
boost::json::object to_json(const GroupProgram& p);
boost::json::object to_json(const Group& g);
boost::json::object to_json(const Participant& p);
boost::json::object to_json(const Session& s);
boost::json::object to_json(const Logbook& l);
boost::json::object to_json(const Attendance& a);

}  // namespace filet::groups
