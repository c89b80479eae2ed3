// What the API answers about questionnaires, campaigns and results: the generated types of the
// OpenAPI document (src/questionnaires/*_fields.cpp describes them once).
import type * as Api from '../generated/api'

export type Questionnaire = Api.Questionnaire
export type QuestionnaireDetail = Api.QuestionnaireDetail
export type Version = Api.QuestionnaireVersion
export type VersionImport = Api.QuestionnaireVersionImport
export type Item = Api.QuestionnaireItem
export type Campaign = Api.SurveyCampaign
export type CampaignCreate = Api.SurveyCampaignCreate
export type PublicForm = Api.SurveyForm
export type Results = Api.SurveyResults
export type ItemResult = Api.SurveyItemResult
export type DimensionResult = Api.SurveyDimensionResult
export type GroupResult = Api.SurveyGroupResult
export type AnswersImported = Api.SurveyAnswersImported

/** One answer as the public submit takes it: option codes (or the one text), and "other, specify". */
export interface Answer {
  values: string[]
  other?: string
}
export type Answers = Record<string, Answer>

/** The code of the "other, specify" choice (src/questionnaires/questionnaire_rules.hpp). */
export const OTHER = 'other'
