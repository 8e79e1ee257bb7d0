-- Issue 11: the nearest HR bureau / supervision department of a region (OrganisationService.nearest,
-- per application routed, per appointment scheduled, per certificate) is looked up by kind and region
-- instead of reading every organisation each time.
CREATE INDEX ix_zc_organisation_kind_region ON zc_organisation (kind, region_code, credit_code);
