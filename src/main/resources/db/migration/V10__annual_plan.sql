-- The annual review plan (评审计划表, N3): versions per year and owning HR department, each with its
-- rows: the committees' reviews (one review cycle each) and the year-level duties (DY7 directed posts,
-- AR3 work summaries and typical cases, N1 expert-pool renewal), held against their deadlines.

CREATE TABLE zc_plan (
    id                  VARCHAR(36)   NOT NULL,
    plan_year           INT           NOT NULL,
    version             INT           NOT NULL,
    -- the HR department that owns and approves the plan (Camunda group = credit code)
    owner_group_id      VARCHAR(64)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    source              VARCHAR(16)   NOT NULL,
    process_instance_id VARCHAR(64),
    decision_opinion    VARCHAR(1000),
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_plan PRIMARY KEY (id),
    CONSTRAINT uk_zc_plan_version UNIQUE (plan_year, owner_group_id, version)
) ${table_options};

CREATE TABLE zc_plan_item (
    id                  VARCHAR(36)   NOT NULL,
    plan_id             VARCHAR(36)   NOT NULL,
    row_no              INT           NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    committee_code      VARCHAR(32),
    name                VARCHAR(200)  NOT NULL,
    series              VARCHAR(64),
    title_level         VARCHAR(24),
    organiser           VARCHAR(200)  NOT NULL,
    responsible_group_id VARCHAR(64),
    region              VARCHAR(100)  NOT NULL,
    track               VARCHAR(16)   NOT NULL,
    deadline            DATE          NOT NULL,
    -- the deadline, moved to the last working day on or before it
    due_on              DATE          NOT NULL,
    notes               VARCHAR(1000),
    cycle_id            VARCHAR(36),
    cycle_note          VARCHAR(500),
    done_on             DATE,
    done_by             VARCHAR(64),
    outcome             VARCHAR(4000),
    escalated_on        DATE,
    CONSTRAINT pk_zc_plan_item PRIMARY KEY (id),
    CONSTRAINT fk_zc_plan_item_plan FOREIGN KEY (plan_id) REFERENCES zc_plan (id)
) ${table_options};

CREATE INDEX ix_zc_plan_item_plan ON zc_plan_item (plan_id, row_no);
