-- Expert pool details, declared relations and the supervised expert draw (stage 5, E1-E8).
-- ${table_options} is utf8mb4 on MySQL (application-mysql.yaml) and empty on H2.
-- One ALTER per column: the form both H2 2.x and MySQL/MariaDB accept.

-- The expert's region (E8: mainly local experts; defaults to the employer's region when empty) and
-- term of appointment (E5: the term ends when the year's review ends; empty = open-ended).
ALTER TABLE zc_expert ADD COLUMN region_code CHAR(6);
ALTER TABLE zc_expert ADD COLUMN term_start DATE;
ALTER TABLE zc_expert ADD COLUMN term_end DATE;
ALTER TABLE zc_expert ADD CONSTRAINT fk_zc_expert_region FOREIGN KEY (region_code) REFERENCES zc_region (code);

-- E1: alternates (备用评委) drawn after the members; empty = 20 % of member_count, rounded up.
ALTER TABLE zc_committee ADD COLUMN alternate_count INT;

-- E6: declared conflicts between an expert and a (possible) applicant, by ID number or by name + unit.
CREATE TABLE zc_expert_relation (
    id                   VARCHAR(36)  NOT NULL,
    expert_user_id       VARCHAR(64)  NOT NULL,
    kind                 VARCHAR(24)  NOT NULL,
    applicant_id_number  CHAR(18),
    applicant_name       VARCHAR(64),
    applicant_unit_code  CHAR(18),
    description          VARCHAR(500),
    created_at           TIMESTAMP    NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_zc_expert_relation PRIMARY KEY (id),
    CONSTRAINT fk_zc_expert_relation_expert FOREIGN KEY (expert_user_id) REFERENCES zc_expert (user_id),
    CONSTRAINT fk_zc_expert_relation_unit FOREIGN KEY (applicant_unit_code) REFERENCES zc_organisation (credit_code)
) ${table_options};

CREATE INDEX ix_zc_expert_relation_expert ON zc_expert_relation (expert_user_id);

-- One row per draw attempt (a failed attempt too), numbered per cycle. The texts the digest covers (seed, drawn_at, the
-- signatures' signed_at) are stored exactly as hashed, so that H2 and MySQL give back the same bytes.
-- result_digest: SHA-256 over the draw (header, candidates, exclusions, picks); digest: head of the
-- hash chain that continues over each signature (see cn.zhicheng.draw.DrawDigests).
CREATE TABLE zc_draw (
    id                    VARCHAR(36)   NOT NULL,
    cycle_id              VARCHAR(64)   NOT NULL,
    attempt               INT           NOT NULL,
    committee_code        VARCHAR(32)   NOT NULL,
    review_year           INT           NOT NULL,
    process_instance_id   VARCHAR(64),
    office_group_id       VARCHAR(64)   NOT NULL,
    supervision_group_id  VARCHAR(64)   NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    member_count          INT           NOT NULL,
    alternate_count       INT           NOT NULL,
    algorithm             VARCHAR(32)   NOT NULL,
    seed                  CHAR(64)      NOT NULL,
    drawn_at              VARCHAR(32)   NOT NULL,
    drawn_by              VARCHAR(64)   NOT NULL,
    failure_reason        VARCHAR(1000),
    result_digest         CHAR(64)      NOT NULL,
    digest                CHAR(64)      NOT NULL,
    signature_count       INT           NOT NULL,
    disclosed_at          TIMESTAMP,
    created_at            TIMESTAMP     NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    updated_by            VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_draw PRIMARY KEY (id),
    CONSTRAINT uk_zc_draw_attempt UNIQUE (cycle_id, attempt),
    CONSTRAINT fk_zc_draw_committee FOREIGN KEY (committee_code) REFERENCES zc_committee (code)
) ${table_options};

CREATE INDEX ix_zc_draw_committee ON zc_draw (committee_code, review_year);

-- The ordered candidate list the draw drew from (pool after exclusions, sorted by login).
CREATE TABLE zc_draw_candidate (
    draw_id  VARCHAR(36) NOT NULL,
    seq_no   INT         NOT NULL,
    user_id  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_zc_draw_candidate PRIMARY KEY (draw_id, seq_no),
    CONSTRAINT uk_zc_draw_candidate UNIQUE (draw_id, user_id),
    CONSTRAINT fk_zc_draw_candidate_draw FOREIGN KEY (draw_id) REFERENCES zc_draw (id),
    CONSTRAINT fk_zc_draw_candidate_expert FOREIGN KEY (user_id) REFERENCES zc_expert (user_id)
) ${table_options};

-- Pool members left out, with the reason (E5 term, E6 recusal, inactive).
CREATE TABLE zc_draw_exclusion (
    draw_id      VARCHAR(36)  NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    reason_code  VARCHAR(24)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    CONSTRAINT pk_zc_draw_exclusion PRIMARY KEY (draw_id, user_id, reason_code),
    CONSTRAINT fk_zc_draw_exclusion_draw FOREIGN KEY (draw_id) REFERENCES zc_draw (id),
    CONSTRAINT fk_zc_draw_exclusion_expert FOREIGN KEY (user_id) REFERENCES zc_expert (user_id)
) ${table_options};

-- The result in the order drawn: members first, then alternates in order of precedence.
CREATE TABLE zc_draw_pick (
    draw_id    VARCHAR(36) NOT NULL,
    seq_no     INT         NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    pick_role  VARCHAR(16) NOT NULL,
    CONSTRAINT pk_zc_draw_pick PRIMARY KEY (draw_id, seq_no),
    CONSTRAINT uk_zc_draw_pick UNIQUE (draw_id, user_id),
    CONSTRAINT fk_zc_draw_pick_draw FOREIGN KEY (draw_id) REFERENCES zc_draw (id),
    CONSTRAINT fk_zc_draw_pick_expert FOREIGN KEY (user_id) REFERENCES zc_expert (user_id)
) ${table_options};

-- E2: three committee-office staff and the supervisor sign; one person signs a draw at most once.
CREATE TABLE zc_draw_signature (
    draw_id      VARCHAR(36)  NOT NULL,
    seq_no       INT          NOT NULL,
    signer_role  VARCHAR(16)  NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    signed_at    VARCHAR(32)  NOT NULL,
    opinion      VARCHAR(500),
    digest       CHAR(64)     NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_zc_draw_signature PRIMARY KEY (draw_id, seq_no),
    CONSTRAINT uk_zc_draw_signature_signer UNIQUE (draw_id, user_id),
    CONSTRAINT fk_zc_draw_signature_draw FOREIGN KEY (draw_id) REFERENCES zc_draw (id)
) ${table_options};
