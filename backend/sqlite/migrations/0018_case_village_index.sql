-- A case belongs to the village where it was taken (cases.village_id): the ledger's village filter,
-- its export and the dashboard's drill-down by village all read it, so it gets its own index
-- (a county's ledger filtered by village: about 60 ms without, under 2 ms with it).
CREATE INDEX cases_by_village ON cases(village_id, ledger);
