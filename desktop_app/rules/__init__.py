"""The rules engine: rule tables from resources/rules, the articles of the county work rules, the
working-day calendar, and `route()`, which turns a request into a routing plan with findings."""
