/* The agenda's schedule (PrimeFaces' FullCalendar), extended: 24-hour times in every language, as the rest of
 * Carnet writes them, and weeks that start on Monday. */
function carnetAgenda() {
    var hours = {hour: '2-digit', minute: '2-digit', hour12: false};
    this.cfg.options.eventTimeFormat = hours;
    this.cfg.options.slotLabelFormat = hours;
    this.cfg.options.firstDay = 1;
}
