-- The review meeting (stage 6, M1-M9): committee settings, meetings, attendance (E4), independent
-- reviews (M3, M9), vetoes (M8), the secret ballot (M4) and its tally (M4, M5, M7), the minutes (M6).
-- ${table_options} is utf8mb4 on MySQL (application-mysql.yaml) and empty on H2.

-- How a committee runs its meetings (M3, M5, M7/DG5, M9/DB7, E4 alternates). No row: the defaults
-- of MeetingSettings. A meeting copies the settings when it is prepared.
CREATE TABLE zc_meeting_settings (
    committee_code           VARCHAR(32)  NOT NULL,
    reviewers_per_applicant  INT          NOT NULL,
    scoring                  BOOLEAN      NOT NULL,
    pass_rate_cap_general    INT,
    pass_rate_cap_directed   INT,
    alternates_step_in       BOOLEAN      NOT NULL,
    ballot_minutes           INT          NOT NULL,
    updated_at               TIMESTAMP    NOT NULL,
    updated_by               VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_zc_meeting_settings PRIMARY KEY (committee_code),
    CONSTRAINT fk_zc_meeting_settings_committee FOREIGN KEY (committee_code) REFERENCES zc_committee (code)
) ${table_options};

CREATE TABLE zc_meeting (
    id                       VARCHAR(36)   NOT NULL,
    cycle_id                 VARCHAR(64),
    committee_code           VARCHAR(32)   NOT NULL,
    review_year              INT           NOT NULL,
    draw_id                  VARCHAR(64)   NOT NULL,
    process_instance_id      VARCHAR(64),
    office_group_id          VARCHAR(64)   NOT NULL,
    supervision_group_id     VARCHAR(64)   NOT NULL,
    status                   VARCHAR(24)   NOT NULL,
    committee_size           INT           NOT NULL,
    reviewers_per_applicant  INT           NOT NULL,
    scoring                  BOOLEAN       NOT NULL,
    pass_rate_cap_general    INT,
    pass_rate_cap_directed   INT,
    alternates_step_in       BOOLEAN       NOT NULL,
    ballot_minutes           INT           NOT NULL,
    meeting_date             DATE,
    opened_at                TIMESTAMP,
    chair_id                 VARCHAR(64),
    supervisor_name          VARCHAR(64),
    briefing_confirmed       BOOLEAN       NOT NULL,
    opening_problem          VARCHAR(500),
    reschedule_count         INT           NOT NULL,
    reschedule_note          VARCHAR(1000),
    ballot_round             INT           NOT NULL,
    chair_signed_at          TIMESTAMP,
    chair_signed_by          VARCHAR(64),
    chair_opinion            VARCHAR(1000),
    supervisor_signed_at     TIMESTAMP,
    supervisor_signed_by     VARCHAR(64),
    supervisor_opinion       VARCHAR(1000),
    created_at               TIMESTAMP     NOT NULL,
    created_by               VARCHAR(64)   NOT NULL,
    updated_at               TIMESTAMP     NOT NULL,
    updated_by               VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_meeting PRIMARY KEY (id),
    CONSTRAINT fk_zc_meeting_committee FOREIGN KEY (committee_code) REFERENCES zc_committee (code)
) ${table_options};

CREATE INDEX ix_zc_meeting_committee ON zc_meeting (committee_code, review_year);

-- The drawn committee of a meeting (E1): members and alternates in draw order; attendance (E4).
CREATE TABLE zc_meeting_expert (
    meeting_id   VARCHAR(36)  NOT NULL,
    expert_id    VARCHAR(64)  NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    draw_order   INT          NOT NULL,
    present      BOOLEAN      NOT NULL,
    attending    BOOLEAN      NOT NULL,
    CONSTRAINT pk_zc_meeting_expert PRIMARY KEY (meeting_id, expert_id),
    CONSTRAINT fk_zc_meeting_expert_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id),
    CONSTRAINT fk_zc_meeting_expert_expert FOREIGN KEY (expert_id) REFERENCES zc_expert (user_id)
) ${table_options};

-- The applicants reviewed (QUALIFIED applications of the committee and year), their review group
-- (M7), a fraud finding (M8) and the final result.
CREATE TABLE zc_meeting_applicant (
    meeting_id         VARCHAR(36)   NOT NULL,
    application_id     VARCHAR(36)   NOT NULL,
    review_group       VARCHAR(16)   NOT NULL,
    vetoed             BOOLEAN       NOT NULL,
    veto_kind          VARCHAR(24),
    veto_finding       VARCHAR(1000),
    veto_recorded_by   VARCHAR(64),
    veto_recorded_at   TIMESTAMP,
    result             VARCHAR(16)   NOT NULL,
    verdict            VARCHAR(24),
    published          BOOLEAN       NOT NULL,
    CONSTRAINT pk_zc_meeting_applicant PRIMARY KEY (meeting_id, application_id),
    CONSTRAINT fk_zc_meeting_applicant_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id),
    CONSTRAINT fk_zc_meeting_applicant_application FOREIGN KEY (application_id) REFERENCES zc_application (id)
) ${table_options};

-- Independent reviews (M3): written opinions, and where the committee scores (M9) the expert's score
-- and the computed base-level bonus. Opinions are signed: they carry the expert.
CREATE TABLE zc_meeting_review (
    id                 VARCHAR(36)   NOT NULL,
    meeting_id         VARCHAR(36)   NOT NULL,
    application_id     VARCHAR(36)   NOT NULL,
    expert_id          VARCHAR(64)   NOT NULL,
    opinion            TEXT,
    score              INT,
    base_level_bonus   INT,
    submitted_at       TIMESTAMP,
    CONSTRAINT pk_zc_meeting_review PRIMARY KEY (id),
    CONSTRAINT uk_zc_meeting_review UNIQUE (meeting_id, application_id, expert_id),
    CONSTRAINT fk_zc_meeting_review_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id)
) ${table_options};

-- Ballot rounds per review group: round 1 covers every applicant; a run-off round (M5) the applicants
-- tied at the boundary of the cap, for the seats left.
CREATE TABLE zc_meeting_ballot (
    meeting_id     VARCHAR(36)  NOT NULL,
    ballot_round   INT          NOT NULL,
    review_group   VARCHAR(16)  NOT NULL,
    seats          INT,
    status         VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_zc_meeting_ballot PRIMARY KEY (meeting_id, ballot_round, review_group),
    CONSTRAINT fk_zc_meeting_ballot_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id)
) ${table_options};

-- The applicants on the ballot of a round and, once counted, their totals (M6: vote results).
CREATE TABLE zc_meeting_candidate (
    meeting_id      VARCHAR(36)  NOT NULL,
    ballot_round    INT          NOT NULL,
    application_id  VARCHAR(36)  NOT NULL,
    review_group    VARCHAR(16)  NOT NULL,
    yes_votes       INT,
    no_votes        INT,
    abstentions     INT,
    CONSTRAINT pk_zc_meeting_candidate PRIMARY KEY (meeting_id, ballot_round, application_id),
    CONSTRAINT fk_zc_meeting_candidate_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id)
) ${table_options};

-- M4, secret ballot. WHO voted: the expert and when, never how.
CREATE TABLE zc_ballot_participation (
    meeting_id     VARCHAR(36)  NOT NULL,
    ballot_round   INT          NOT NULL,
    expert_id      VARCHAR(64)  NOT NULL,
    voted_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_zc_ballot_participation PRIMARY KEY (meeting_id, ballot_round, expert_id),
    CONSTRAINT fk_zc_ballot_participation_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id)
) ${table_options};

-- M4, the sealed ballot box: one anonymous paper per ballot cast, no expert and no time, a random
-- BIGINT id (also the row key on H2 and the clustered index on InnoDB, so rows carry no insertion
-- order). Emptied when the round is counted.
CREATE TABLE zc_ballot_paper (
    id             BIGINT       NOT NULL,
    meeting_id     VARCHAR(36)  NOT NULL,
    ballot_round   INT          NOT NULL,
    choices        TEXT         NOT NULL,
    CONSTRAINT pk_zc_ballot_paper PRIMARY KEY (id)
) ${table_options};

-- M4, HOW they voted: one row per applicant per paper, written in shuffled order when the round is
-- counted, with random BIGINT ids; no expert, no time, no audit columns (deliberately).
CREATE TABLE zc_ballot_vote (
    id              BIGINT       NOT NULL,
    meeting_id      VARCHAR(36)  NOT NULL,
    ballot_round    INT          NOT NULL,
    vote_group      VARCHAR(16)  NOT NULL,
    application_id  VARCHAR(36)  NOT NULL,
    choice          VARCHAR(8)   NOT NULL,
    CONSTRAINT pk_zc_ballot_vote PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_zc_ballot_vote_round ON zc_ballot_vote (meeting_id, ballot_round);

-- M6: the minutes as a Markdown document, served to the committee office and supervision.
CREATE TABLE zc_meeting_minutes (
    meeting_id     VARCHAR(36)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    content        TEXT         NOT NULL,
    generated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_zc_meeting_minutes PRIMARY KEY (meeting_id),
    CONSTRAINT fk_zc_meeting_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id)
) ${table_options};
