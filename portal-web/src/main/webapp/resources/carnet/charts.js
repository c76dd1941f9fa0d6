/*
 * Dates on the x axis of Carnet's charts (p:chart extender="carnetDayAxis"): the points' x are days since
 * 1970-01-01, so that the axis keeps the time between measurements; this writes them as dates in the page's
 * language.
 */
function carnetDayAxis() {
    var options = this.cfg.config.options;
    var day = function (value) {
        return new Date(value * 86400000).toLocaleDateString(options.locale, {timeZone: 'UTC'});
    };
    options.scales.x.ticks = {callback: day, maxRotation: 0, autoSkip: true};
    options.plugins = options.plugins || {};
    options.plugins.tooltip = {callbacks: {title: function (items) {
        return items.length ? day(items[0].parsed.x) : '';
    }}};
}
