-- The role of a service item (业务角色): what it means to the hall's rules. The 低保 lists, the
-- monthly amount at approval and the proactive lists read the role, no longer the item's code,
-- so renaming a code cannot silently empty them (and a built-in item's code is now fixed).
ALTER TABLE service_items ADD COLUMN role TEXT NOT NULL DEFAULT '';

-- The items the rules named by code get the role of that code. This is every item with one of
-- the codes, built-in or not, so the lists give exactly what the codes gave before.
UPDATE service_items SET role = CASE upper(code)
    WHEN 'DB-01' THEN 'allowance_new'
    WHEN 'DB-02' THEN 'allowance_change'
    WHEN 'DB-03' THEN 'allowance_review'
    WHEN 'DB-04' THEN 'allowance_stop'
    WHEN 'YB-01' THEN 'medical_enrol'
    WHEN 'YB-02' THEN 'medical_payment'
    WHEN 'YL-03' THEN 'pension_claim'
    ELSE '' END;

-- A built-in item whose code an administrator already changed is found by the code its cases
-- were taken under, the newest such case's (each case keeps the item's code as it was).
UPDATE service_items SET role = (SELECT CASE upper(c.item_code)
        WHEN 'DB-01' THEN 'allowance_new'
        WHEN 'DB-02' THEN 'allowance_change'
        WHEN 'DB-03' THEN 'allowance_review'
        WHEN 'DB-04' THEN 'allowance_stop'
        WHEN 'YB-01' THEN 'medical_enrol'
        WHEN 'YB-02' THEN 'medical_payment'
        WHEN 'YL-03' THEN 'pension_claim'
        ELSE '' END
    FROM cases c WHERE c.item_id = service_items.id
        AND upper(c.item_code) IN ('DB-01','DB-02','DB-03','DB-04','YB-01','YB-02','YL-03')
    ORDER BY c.id DESC LIMIT 1)
WHERE role = '' AND builtin = 1
    AND EXISTS (SELECT 1 FROM cases c WHERE c.item_id = service_items.id
        AND upper(c.item_code) IN ('DB-01','DB-02','DB-03','DB-04','YB-01','YB-02','YL-03'));
