-- The schema the migrations leave in a new SQLite database, made in one step by
-- intake.store.headschema. Generated: python -m intake.store.headschema
-- revision: 0012
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE clients (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	display_name VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, generation INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	state VARCHAR(30) NOT NULL, 
	last_success_at DATETIME, 
	last_error TEXT, 
	taken_in INTEGER NOT NULL, 
	CONSTRAINT uq_accounts_client_name UNIQUE (client_id, name), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	PRIMARY KEY (id)
);
CREATE TABLE imap_checkpoints (
	account_id INTEGER NOT NULL, 
	folder VARCHAR(300) NOT NULL, 
	uidvalidity BIGINT NOT NULL, 
	last_uid BIGINT NOT NULL, 
	updated_at DATETIME NOT NULL, 
	FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	PRIMARY KEY (account_id, folder)
);
CREATE TABLE corrections (
	id INTEGER NOT NULL, 
	message_pk INTEGER NOT NULL, 
	label VARCHAR(40) NOT NULL, 
	created_at DATETIME NOT NULL, 
	FOREIGN KEY(message_pk) REFERENCES messages (id) ON DELETE CASCADE, 
	PRIMARY KEY (id)
);
CREATE TABLE message_sources (
	id INTEGER NOT NULL, 
	message_pk INTEGER NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	account_id INTEGER, 
	folder VARCHAR(300), 
	uidvalidity BIGINT, 
	uid BIGINT, 
	path TEXT, 
	seen_at DATETIME NOT NULL, 
	CONSTRAINT uq_sources_imap_position UNIQUE (account_id, folder, uidvalidity, uid), 
	FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE SET NULL, 
	FOREIGN KEY(message_pk) REFERENCES messages (id) ON DELETE CASCADE, 
	PRIMARY KEY (id)
);
CREATE TABLE raw_messages (
	message_pk INTEGER NOT NULL, 
	size INTEGER NOT NULL, 
	data BLOB NOT NULL, 
	FOREIGN KEY(message_pk) REFERENCES messages (id) ON DELETE CASCADE, 
	PRIMARY KEY (message_pk)
);
CREATE TABLE send_ledger (
	id INTEGER NOT NULL, 
	"key" VARCHAR(300) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	client VARCHAR(100), 
	recipient VARCHAR(320) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error TEXT, 
	message BLOB, 
	created_at DATETIME NOT NULL, 
	sent_at DATETIME, 
	CONSTRAINT uq_send_ledger_key UNIQUE ("key"), 
	PRIMARY KEY (id)
);
CREATE TABLE case_events (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	at DATETIME NOT NULL, 
	note TEXT NOT NULL, 
	message_pk INTEGER, actor VARCHAR(100), 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE, 
	FOREIGN KEY(message_pk) REFERENCES messages (id) ON DELETE SET NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE drafts (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	message_pk INTEGER, 
	version INTEGER NOT NULL, 
	template VARCHAR(100) NOT NULL, 
	subject TEXT NOT NULL, 
	to_addr VARCHAR(320) NOT NULL, 
	in_reply_to VARCHAR(500), 
	"references" JSON NOT NULL, 
	body TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	appended_at DATETIME, 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE, 
	FOREIGN KEY(message_pk) REFERENCES messages (id) ON DELETE SET NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE "cases" (
	id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	grouping_state VARCHAR(40) NOT NULL, 
	policy VARCHAR(60), 
	marketplace VARCHAR(40), 
	amazon_case_ids JSON NOT NULL, 
	asins JSON NOT NULL, 
	opened_at DATETIME, 
	updated_at DATETIME, 
	merged_into_id INTEGER, team VARCHAR(320), last_outgoing_at DATETIME, last_request_at DATETIME, 
	CONSTRAINT fk_cases_merged_into FOREIGN KEY(merged_into_id) REFERENCES cases (id) ON DELETE SET NULL, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	PRIMARY KEY (id)
);
CREATE TABLE case_keys (
	id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	CONSTRAINT uq_case_keys_case_kind_value UNIQUE (case_id, kind, value), 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	PRIMARY KEY (id)
);
CREATE TABLE "messages" (
	id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	account_id INTEGER, 
	case_id INTEGER, 
	content_hash VARCHAR(64) NOT NULL, 
	message_id VARCHAR(500), 
	status VARCHAR(20) NOT NULL, 
	error TEXT, 
	outgoing BOOLEAN NOT NULL, 
	sender VARCHAR(320) NOT NULL, 
	sender_name VARCHAR(320) NOT NULL, 
	recipients JSON NOT NULL, 
	subject TEXT NOT NULL, 
	sent_at DATETIME, 
	in_reply_to VARCHAR(500), 
	"references" JSON NOT NULL, 
	headers JSON NOT NULL, 
	text TEXT NOT NULL, 
	from_html BOOLEAN NOT NULL, 
	attachments JSON NOT NULL, 
	defects JSON NOT NULL, 
	label VARCHAR(40) NOT NULL, 
	confidence FLOAT NOT NULL, 
	scores JSON NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	model_version VARCHAR(80) NOT NULL, 
	label_source VARCHAR(20) NOT NULL, 
	resent_of_id INTEGER, 
	resent_key JSON, 
	facts JSON NOT NULL, 
	authenticity JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	case_source VARCHAR(20) DEFAULT 'auto' NOT NULL, 
	case_reason TEXT, 
	case_uncertain BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT uq_messages_client_hash UNIQUE (client_id, content_hash), 
	CONSTRAINT uq_messages_client_msgid UNIQUE (client_id, message_id), 
	FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE SET NULL, 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE SET NULL, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(resent_of_id) REFERENCES messages (id) ON DELETE SET NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT uq_users_name UNIQUE (name), 
	PRIMARY KEY (id)
);
CREATE TABLE user_clients (
	user_id INTEGER NOT NULL, 
	client VARCHAR(100) NOT NULL, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	PRIMARY KEY (user_id, client)
);
CREATE TABLE case_owners (
	case_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	PRIMARY KEY (case_id)
);
CREATE VIRTUAL TABLE message_fts USING fts5(subject, text, facts, content='messages', content_rowid='id', tokenize='unicode61');
CREATE TABLE inbox (
	id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	account_id INTEGER, 
	kind VARCHAR(10) NOT NULL, 
	folder VARCHAR(300), 
	uidvalidity BIGINT, 
	uid BIGINT, 
	path TEXT, 
	internaldate DATETIME, 
	outgoing BOOLEAN NOT NULL, 
	full_size BIGINT, 
	size INTEGER NOT NULL, 
	data BLOB NOT NULL, 
	compressed BOOLEAN NOT NULL, 
	taken_at DATETIME NOT NULL, failed_at DATETIME, error TEXT, attempts INTEGER DEFAULT '0' NOT NULL, 
	FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	PRIMARY KEY (id)
);
CREATE TABLE workers (
	name VARCHAR(200) NOT NULL, 
	host VARCHAR(255) NOT NULL, 
	pid INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	heartbeat_at DATETIME NOT NULL, 
	PRIMARY KEY (name)
);
CREATE TABLE account_leases (
	account VARCHAR(300) NOT NULL, 
	holder VARCHAR(200) NOT NULL, 
	acquired_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	PRIMARY KEY (account)
);
CREATE INDEX ix_account_leases_holder ON account_leases (holder);
CREATE INDEX ix_case_events_case ON case_events (case_id, at);
CREATE INDEX ix_case_keys_lookup ON case_keys (client_id, kind, value);
CREATE INDEX ix_cases_client_grouping ON cases (client_id, grouping_state);
CREATE INDEX ix_cases_client_grouping_updated ON cases (client_id, grouping_state, updated_at);
CREATE INDEX ix_drafts_case_version ON drafts (case_id, version);
CREATE INDEX ix_inbox_client_order ON inbox (client_id, id);
CREATE INDEX ix_messages_account_sent ON messages (account_id, sent_at);
CREATE INDEX ix_messages_case_sent ON messages (case_id, sent_at);
CREATE INDEX ix_messages_client_newest ON messages (client_id, id);
CREATE INDEX ix_messages_client_sent ON messages (client_id, sent_at);
CREATE INDEX ix_sources_message ON message_sources (message_pk);
CREATE TRIGGER message_fts_ad AFTER DELETE ON messages BEGIN INSERT INTO message_fts(message_fts, rowid, subject, text, facts) VALUES ('delete', old.id, old.subject, old.text, old.facts); END;
CREATE TRIGGER message_fts_ai AFTER INSERT ON messages BEGIN INSERT INTO message_fts(rowid, subject, text, facts) VALUES (new.id, new.subject, new.text, new.facts); END;
CREATE TRIGGER message_fts_au AFTER UPDATE OF subject, text, facts ON messages BEGIN INSERT INTO message_fts(message_fts, rowid, subject, text, facts) VALUES ('delete', old.id, old.subject, old.text, old.facts); INSERT INTO message_fts(rowid, subject, text, facts) VALUES (new.id, new.subject, new.text, new.facts); END;
INSERT INTO message_fts(message_fts) VALUES ('rebuild');
INSERT INTO alembic_version (version_num) VALUES ('0012');
