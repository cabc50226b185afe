"""The programme report for the Ethnic Committee, site administrators and each cooperative's
staff: figures, charts, CSV and XLSX exports and the yearly report. Reads every app below it;
no other app imports it."""
