// Entry of the script-tag build (dist/stagecoach-report.js, Chart.js bundled): registers <stagecoach-report>.
import { defineReportElement } from './report/report-element.js';

defineReportElement();
