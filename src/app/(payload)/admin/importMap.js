import { EthicsHoldCell as EthicsHoldCell_fbe9b989481faea4a734ba68ec1547b4 } from '../../../../plugins/ai-ethics/src/exports/client'
import { EthicsHoldNotice as EthicsHoldNotice_fbe9b989481faea4a734ba68ec1547b4 } from '../../../../plugins/ai-ethics/src/exports/client'
import { ReadOnlyNotice as ReadOnlyNotice_3d03986d5ac4bdaf86c687bb64a90c7d } from '../../../../src/editing/admin/ReadOnlyNotice'
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
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { WorkflowPanel as WorkflowPanel_c0ba5a4006534a313994b69deae27cfb } from '../../../../plugins/workflow/src/admin/WorkflowPanel'
import { JsonField as JsonField_21b76809a2affe975b0f051c86d372fa } from '../../../../src/admin/fields/JsonField'
import { WorkflowFilters as WorkflowFilters_b6c1d683047cc79a03b25ba95ed90753 } from '../../../../plugins/workflow/src/admin/WorkflowFilters'
import { EthicsHoldFilter as EthicsHoldFilter_ed69650051cf3f18024d030a5032f075 } from '../../../../plugins/ai-ethics/src/exports/rsc'
import { EditSafety as EditSafety_34a1708950327d00571ce4dec312e149 } from '../../../../src/editing/admin/EditSafety'
import { HidePublishButton as HidePublishButton_6fe7c543bbcf531d143b6164730afe81 } from '../../../../plugins/workflow/src/admin/HidePublishButton'
import { UploadCheck as UploadCheck_8c70092c7690ca5300a9e4f1380ac586 } from '../../../../collections/Media/admin/UploadCheck'
import { SigningNotice as SigningNotice_ed69650051cf3f18024d030a5032f075 } from '../../../../plugins/ai-ethics/src/exports/rsc'
import { CurrentPasswordField as CurrentPasswordField_27479c1310e290aa4d1df737e8658788 } from '../../../../src/accounts/admin/CurrentPasswordField'
import { TargetCollectionCell as TargetCollectionCell_fbe9b989481faea4a734ba68ec1547b4 } from '../../../../plugins/ai-ethics/src/exports/client'
import { EthicsQueueNavLink as EthicsQueueNavLink_ed69650051cf3f18024d030a5032f075 } from '../../../../plugins/ai-ethics/src/exports/rsc'
import { ReportsNavLink as ReportsNavLink_775dc657c52060e92c70c51e24566ffb } from '../../../../plugins/reports/src/exports/client'
import { NewsroomDashboard as NewsroomDashboard_80ba8098854ecf5b1139e1d352bdf419 } from '../../../../src/admin/dashboard/NewsroomDashboard'
import { LanguageFollowsUser as LanguageFollowsUser_d544f63f84bf0a211789ad00e148e60d } from '../../../../src/i18n/admin/LanguageFollowsUser'
import { EthicsQueueView as EthicsQueueView_ed69650051cf3f18024d030a5032f075 } from '../../../../plugins/ai-ethics/src/exports/rsc'
import { ReportsView as ReportsView_f8e73cd729f55f3fd57377b881a867a0 } from '../../../../plugins/reports/src/exports/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/ai-ethics/src/exports/client#EthicsHoldCell": EthicsHoldCell_fbe9b989481faea4a734ba68ec1547b4,
  "/plugins/ai-ethics/src/exports/client#EthicsHoldNotice": EthicsHoldNotice_fbe9b989481faea4a734ba68ec1547b4,
  "/src/editing/admin/ReadOnlyNotice#ReadOnlyNotice": ReadOnlyNotice_3d03986d5ac4bdaf86c687bb64a90c7d,
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
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/plugins/workflow/src/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_c0ba5a4006534a313994b69deae27cfb,
  "/src/admin/fields/JsonField#JsonField": JsonField_21b76809a2affe975b0f051c86d372fa,
  "/plugins/workflow/src/admin/WorkflowFilters#WorkflowFilters": WorkflowFilters_b6c1d683047cc79a03b25ba95ed90753,
  "/plugins/ai-ethics/src/exports/rsc#EthicsHoldFilter": EthicsHoldFilter_ed69650051cf3f18024d030a5032f075,
  "/src/editing/admin/EditSafety#EditSafety": EditSafety_34a1708950327d00571ce4dec312e149,
  "/plugins/workflow/src/admin/HidePublishButton#HidePublishButton": HidePublishButton_6fe7c543bbcf531d143b6164730afe81,
  "/collections/Media/admin/UploadCheck#UploadCheck": UploadCheck_8c70092c7690ca5300a9e4f1380ac586,
  "/plugins/ai-ethics/src/exports/rsc#SigningNotice": SigningNotice_ed69650051cf3f18024d030a5032f075,
  "/src/accounts/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_27479c1310e290aa4d1df737e8658788,
  "/plugins/ai-ethics/src/exports/client#TargetCollectionCell": TargetCollectionCell_fbe9b989481faea4a734ba68ec1547b4,
  "/plugins/ai-ethics/src/exports/rsc#EthicsQueueNavLink": EthicsQueueNavLink_ed69650051cf3f18024d030a5032f075,
  "/plugins/reports/src/exports/client#ReportsNavLink": ReportsNavLink_775dc657c52060e92c70c51e24566ffb,
  "/src/admin/dashboard/NewsroomDashboard#NewsroomDashboard": NewsroomDashboard_80ba8098854ecf5b1139e1d352bdf419,
  "/src/i18n/admin/LanguageFollowsUser#LanguageFollowsUser": LanguageFollowsUser_d544f63f84bf0a211789ad00e148e60d,
  "/plugins/ai-ethics/src/exports/rsc#EthicsQueueView": EthicsQueueView_ed69650051cf3f18024d030a5032f075,
  "/plugins/reports/src/exports/rsc#ReportsView": ReportsView_f8e73cd729f55f3fd57377b881a867a0,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
