// Date.toISOString for years outside 0-9999 (sign and six digits), through
// toJSON too; Date.parse of common formats (TZ-independent ones).
for (const y of [-1, 0, 9999, 10000, 275760]) { const d = new Date(0); d.setUTCFullYear(y); print(String(y), d.toISOString(), JSON.stringify(d)); }
check("invalid", () => new Date(NaN).toISOString());
print(Date.prototype.toISOString.name, Date.prototype.toISOString.length);
for (const s of ["2024-03-05", "2024-03-05T10:00:00.123+05:30", "Tue, 05 Mar 2024 10:00:00 GMT", "+002024-03-05T00:00:00Z", "-000001-01-01T00:00:00Z", "1 January 2000 UTC", "Sun Feb 01 1998 00:00:00 GMT-0800"]) { const t = Date.parse(s); print(JSON.stringify(s), Number.isNaN(t) ? "NaN" : new Date(t).toISOString()); }
