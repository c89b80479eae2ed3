-- Sign-in throttling that an attacker cannot turn against the owner: one counter per subject
-- (address, account × address, account), each with its own window, incremented atomically
-- before the password is checked.
DROP TABLE login_failures;
CREATE TABLE login_attempts (
  subject TEXT PRIMARY KEY,
  attempts BIGINT NOT NULL,
  window_start_epoch BIGINT NOT NULL
);

-- Two-factor sign-in (TOTP, RFC 6238). The secret is sealed with the master key (never stored
-- in clear); last_step refuses a code used once already.
CREATE TABLE two_factor (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  sealed_secret TEXT NOT NULL,
  confirmed INTEGER NOT NULL DEFAULT 0,
  last_step BIGINT NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

-- One-time recovery codes, stored hashed.
CREATE TABLE recovery_codes (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  PRIMARY KEY (user_id, code_hash)
);

-- A password checked, a code still to come: not a session (no CSRF token, reaches no route).
CREATE TABLE pending_sign_ins (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_epoch BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0
);
