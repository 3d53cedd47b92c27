-- The cases of the PostgreSQL example (docs/example-postgres.md): one row per case an operation
-- answers with. The body is the whole answer as the spec defines it (FlexjobOfferResponse or
-- FlexjobAllocationResponse), kept as jsonb rather than spread over columns: columns would restate
-- the spec's schema by hand, and drift from it with STAR's next version. Unqualified names, so the
-- connection's search_path chooses the schema (the example's test uses one of its own).
CREATE TABLE IF NOT EXISTS flexjob_case (
  -- The operationId that answers with the case: GetFlexjob (an offer) or GetFlexjobAllocation (a grant).
  operation_id text NOT NULL CHECK (operation_id IN ('GetFlexjob', 'GetFlexjobAllocation')),
  -- Lower-cased text, as the pipeline hands it to the handlers: the pipeline has checked the id
  -- against the spec's format already, and accepts forms PostgreSQL's uuid type does not parse.
  case_element_identifier text NOT NULL CHECK (case_element_identifier = lower(case_element_identifier)),
  body jsonb NOT NULL,
  PRIMARY KEY (operation_id, case_element_identifier)
);
