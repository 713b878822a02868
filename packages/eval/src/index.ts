// @stagecoach/eval — browser-safe main entry (no `node:` imports; Node helpers live in ./node).
export { extractAnswer, isCorrect, normalizeNumber, sameNumber, answerPosition, stripCalculatorAnnotations } from './extract-answer.js';
export type { ExtractionMode, ExtractOptions } from './extract-answer.js';

export type { Problem, Grade, GenerativeTask, ChoiceProblem, ChoiceScore, ChoiceGrade, MultipleChoiceTask, Task } from './tasks/task.js';
export { questionAnswerTask, formatQuestion, truncateAtStop, gradeNumericAnswer, QUESTION_STOP_SEQUENCES } from './tasks/question-answer-task.js';
export type { QuestionAnswerTaskOptions } from './tasks/question-answer-task.js';
export { arithmeticTask, arithmeticProblems, ARITHMETIC_LEVELS } from './tasks/arithmetic-task.js';
export type { ArithmeticTaskOptions, ArithmeticLevel, ArithmeticStyle } from './tasks/arithmetic-task.js';
export { gsm8kTask, gsm8kProblems, parseGsm8k, loadGsm8k } from './tasks/gsm8k-task.js';
export type { Gsm8kRecord, Gsm8kTaskOptions } from './tasks/gsm8k-task.js';
export { multipleChoiceTask, arithmeticChoiceTask, gradeChoices } from './tasks/multiple-choice-task.js';
export type { MultipleChoiceTaskOptions } from './tasks/multiple-choice-task.js';

export { accuracy, wilsonInterval, Z_95 } from './metrics/accuracy.js';
export { passAtK, meanPassAtK, majorityAnswer, majorityCorrect } from './metrics/pass-at-k.js';
export { reasoningDepth } from './metrics/reasoning-depth.js';
export type { ReasoningDepth } from './metrics/reasoning-depth.js';
export { tokenKl } from './metrics/behaviour-change.js';

export { generateResponses, scoreChoices, responseKl, encodePrompt, tokensForCharacters } from './model-runner.js';
export type { EvalModel, EvalTokenizer, ModelEntry, GenerationSettings, GeneratedResponse } from './model-runner.js';
export { compareModels, resolveEvalSettings } from './compare-models.js';
export type { CompareModelsOptions, EvalProgress } from './compare-models.js';

export * from './report/eval-report.js';
export { reportCharts, reportMarkup, modelColor, escapeHtml, REPORT_CSS } from './report/report-view.js';
export type { ChartSpec } from './report/report-view.js';
export { renderHtmlReport } from './report/render-html.js';
export type { RenderHtmlOptions } from './report/render-html.js';
export { defineReportElement } from './report/report-element.js';
