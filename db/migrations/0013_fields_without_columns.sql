-- A record's stored fields leave out the values its own columns hold (title, date, 文种, series, 密级 …:
-- ~300 bytes of each record at a million records), and say where each stood, so that the fields read
-- back exactly as registered, key order included (registry/fields_codec.py; records of the old form
-- read as they are). Every stored record (all of the old form before this migration) is rewritten here
-- by the same encoder the writes use; one whose fields would not come back exactly is left as it is.
UPDATE records SET fields = docroute_fields_encode(kind, fields, classification, copies, date, direction, doc_type,
    due, lead_department, publicity, recipients, sender, sender_number, series, title, urgency)
WHERE fields IS NOT NULL AND fields <> '';
