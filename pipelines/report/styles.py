"""The report's inline stylesheet: system fonts only, nothing fetched."""

STYLESHEET = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f6f8; color: #23313a;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { background: #1f4e66; color: #fff; padding: 28px 40px 24px; }
header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; }
header p { margin: 0; opacity: .85; }
header code { background: rgba(255,255,255,.15); padding: 1px 6px; border-radius: 4px; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 40px 48px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(118px, 1fr));
  gap: 12px; margin: 0 0 20px; }
.card { background: #fff; border-radius: 10px; padding: 14px 16px;
  box-shadow: 0 1px 2px rgba(0,0,0,.06); }
.card .value { font-size: 28px; font-weight: 650; color: #1f4e66;
  font-variant-numeric: tabular-nums; }
.card .label { font-size: 13px; color: #5b6b75; }
.status { display: inline-block; margin-top: 10px; padding: 3px 10px; border-radius: 999px;
  font-size: 13px; background: rgba(255,255,255,.18); }
section { background: #fff; border-radius: 10px; padding: 18px 22px; margin: 0 0 20px;
  box-shadow: 0 1px 2px rgba(0,0,0,.06); }
section h2 { margin: 0 0 4px; font-size: 17px; font-weight: 650; }
section p.note { margin: 0 0 12px; color: #5b6b75; font-size: 13px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; margin: 0 0 20px; }
.grid section { margin: 0; }
@media (max-width: 900px) { .grid { grid-template-columns: 1fr; } main { padding: 16px; } }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e3e8ec; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
footer { color: #5b6b75; font-size: 13px; text-align: center; padding: 0 0 32px; }
"""
