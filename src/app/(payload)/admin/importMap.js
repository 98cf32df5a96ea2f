import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReadOnlyBanner as ReadOnlyBanner_d22ae9d3e40f17e8d9c5b71b45cf1b4a } from '../../../plugins/delegation/components/ReadOnlyBanner'
import { FunctionLabel as FunctionLabel_8ead595e3b1e08758e4d89270f38d13b } from '../../../plugins/delegation/components/FunctionLabel'
import { DayOrDateTimeCell as DayOrDateTimeCell_c2fc11b5d5820308f9228645414ee0e2 } from '../../../components/dates/DayOrDateTimeCell'
import { DayOrDateTimeField as DayOrDateTimeField_41cc6cf6038d768fe6e7848fff05b798 } from '../../../components/dates/DayOrDateTimeField'
import { AmountCell as AmountCell_4beb5c9eea15ae8df35d928f9087c3bf } from '../../../plugins/budget/components/AmountCell'
import { AmountPreview as AmountPreview_2b62dfb989d071441e334b4b960af641 } from '../../../plugins/budget/components/AmountPreview'
import { AuditEntryValue as AuditEntryValue_b1fa02b986e3317220f1f2f0be69a14d } from '../../../plugins/delegation/components/AuditEntry'
import { ResendButton as ResendButton_2ee6cb3b51cfe2debd1249f047df9b52 } from '../../../plugins/webhooks/components/ResendButton'
import { ProgrammeOverview as ProgrammeOverview_a579f9454401546f8ee44436ea680d10 } from '../../../plugins/dashboard/components/ProgrammeOverview'
import { MyDelegations as MyDelegations_dff6d2f3f7bf9dc5ca11e75bb1816ad5 } from '../../../plugins/delegation/components/MyDelegations'
import { BudgetNavLink as BudgetNavLink_4e2f7265c7d956fc234464838bf99132 } from '../../../plugins/budget/components/BudgetNavLink'
import { DateLocale as DateLocale_75a5520c871a453e14ee8d3e29d637aa } from '../../../plugins/date-entry/components/DateLocale'
import { BudgetView as BudgetView_52a0033fbaf43906abec56a69f4cfd4f } from '../../../plugins/budget/components/BudgetView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/delegation/components/ReadOnlyBanner#ReadOnlyBanner": ReadOnlyBanner_d22ae9d3e40f17e8d9c5b71b45cf1b4a,
  "/plugins/delegation/components/FunctionLabel#FunctionLabel": FunctionLabel_8ead595e3b1e08758e4d89270f38d13b,
  "/components/dates/DayOrDateTimeCell#DayOrDateTimeCell": DayOrDateTimeCell_c2fc11b5d5820308f9228645414ee0e2,
  "/components/dates/DayOrDateTimeField#DayOrDateTimeField": DayOrDateTimeField_41cc6cf6038d768fe6e7848fff05b798,
  "/plugins/budget/components/AmountCell#AmountCell": AmountCell_4beb5c9eea15ae8df35d928f9087c3bf,
  "/plugins/budget/components/AmountPreview#AmountPreview": AmountPreview_2b62dfb989d071441e334b4b960af641,
  "/plugins/delegation/components/AuditEntry#AuditEntryValue": AuditEntryValue_b1fa02b986e3317220f1f2f0be69a14d,
  "/plugins/webhooks/components/ResendButton#ResendButton": ResendButton_2ee6cb3b51cfe2debd1249f047df9b52,
  "/plugins/dashboard/components/ProgrammeOverview#ProgrammeOverview": ProgrammeOverview_a579f9454401546f8ee44436ea680d10,
  "/plugins/delegation/components/MyDelegations#MyDelegations": MyDelegations_dff6d2f3f7bf9dc5ca11e75bb1816ad5,
  "/plugins/budget/components/BudgetNavLink#BudgetNavLink": BudgetNavLink_4e2f7265c7d956fc234464838bf99132,
  "/plugins/date-entry/components/DateLocale#DateLocale": DateLocale_75a5520c871a453e14ee8d3e29d637aa,
  "/plugins/budget/components/BudgetView#BudgetView": BudgetView_52a0033fbaf43906abec56a69f4cfd4f,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
