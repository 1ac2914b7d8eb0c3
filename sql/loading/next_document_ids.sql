-- Reserve $count new document ids at once (documents are then bulk-appended with them).
SELECT nextval('seq_document_id') AS document_id FROM range($count);
