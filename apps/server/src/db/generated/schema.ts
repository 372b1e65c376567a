// GENERATED FILE: no manual modifications. `npm run db:types` writes it from the migrated schema.
import type { ColumnType, Generated } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Json = ColumnType<unknown, string, string>;
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type GeneratedJson = ColumnType<unknown, string | undefined, string>;

export interface AbsenceLines {
  organisation_id: string;
  id: Generated<string>;
  absence_id: string;
  child_id: string;
  group_id: string;
  care_product_id: string;
  date: string;
  start_time: string;
  end_time: string;
  request_line_id: string | null;
  status: Generated<string>;
  cancelled_at: Timestamp | null;
  cancelled_by_account_id: string | null;
}

export interface Absences {
  organisation_id: string;
  id: Generated<string>;
  guardian_id: string;
  submitted_by_account_id: string;
  reason: string;
  comment: Generated<string>;
  submitted_at: Timestamp;
}

export interface AccountTokens {
  organisation_id: string;
  id: Generated<string>;
  account_id: string;
  purpose: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface Accounts {
  organisation_id: string;
  id: Generated<string>;
  email: string;
  kind: string;
  guardian_id: string | null;
  staff_member_id: string | null;
  password_hash: string | null;
  locale: Generated<string>;
  disabled_at: Timestamp | null;
  activated_at: Timestamp | null;
  password_changed_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  invited_at: Timestamp | null;
}

export interface AuditEvents {
  organisation_id: string;
  id: Generated<string>;
  seq: Generated<number>;
  at: Timestamp;
  actor_account_id: string | null;
  action: string;
  child_ids: Generated<string[]>;
  subject_type: string | null;
  subject_id: string | null;
  details: GeneratedJson;
  subject_label: string | null;
}

export interface CalendarFeeds {
  organisation_id: string;
  id: Generated<string>;
  guardian_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface CareProductGroups {
  organisation_id: string;
  care_product_id: string;
  group_id: string;
}

export interface CareProducts {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  start_time: string;
  end_time: string;
  weekdays: number[];
  week_type: string;
  pricing: string;
  price_cents: number;
  usage: string;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface CareRequestLines {
  organisation_id: string;
  id: Generated<string>;
  request_id: string;
  booking_id: string;
  child_id: string;
  group_id: string;
  care_product_id: string;
  date: string;
  start_time: string;
  end_time: string;
  price_cents: number;
  payment: Generated<string>;
  status: Generated<string>;
  expires_at: Timestamp;
  reason: string | null;
  decided_at: Timestamp | null;
  decided_by_account_id: string | null;
  credit_id: string | null;
  role: Generated<string>;
}

export interface CareRequests {
  organisation_id: string;
  id: Generated<string>;
  kind: string;
  guardian_id: string;
  submitted_by_account_id: string;
  assess_as_whole: Generated<boolean>;
  expires_on: string | null;
  comment: Generated<string>;
  submitted_at: Timestamp;
  concluded_at: Timestamp | null;
}

export interface ChildPhotos {
  organisation_id: string;
  child_id: string;
  content_type: string;
  data: Buffer;
  sha256: string;
  updated_at: Timestamp;
}

export interface Children {
  organisation_id: string;
  id: Generated<string>;
  first_name: string;
  last_name: string;
  birth_date: string;
  mentor_staff_member_id: string | null;
  created_at: GeneratedTimestamp;
  location_id: string;
  external_ref: string | null;
}

export interface ClosingDays {
  organisation_id: string;
  id: Generated<string>;
  location_id: string | null;
  date: string;
  description: string;
  created_at: GeneratedTimestamp;
}

export interface ConsentAnswers {
  organisation_id: string;
  id: Generated<string>;
  child_id: string;
  guardian_id: string;
  consent_item_id: string;
  consent_text_id: string;
  granted: boolean;
  answered_at: Timestamp;
  answered_by_account_id: string;
}

export interface ConsentItems {
  organisation_id: string;
  id: Generated<string>;
  key: string | null;
  title: string;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface ConsentStates {
  organisation_id: string;
  child_id: string;
  consent_item_id: string;
  guardian_id: string;
  answer_id: string;
  granted: boolean;
}

export interface ConsentTexts {
  organisation_id: string;
  id: Generated<string>;
  consent_item_id: string;
  version: number;
  body: string;
  created_at: GeneratedTimestamp;
  created_by_account_id: string | null;
}

export interface ContentItemMedia {
  organisation_id: string;
  item_id: string;
  media_id: string;
  role: string;
  position: number;
}

export interface ContentItems {
  organisation_id: string;
  id: Generated<string>;
  kind: string;
  title: string;
  body_html: string;
  summary: string;
  audience_location_id: string | null;
  audience_group_id: string | null;
  publish_at: Timestamp | null;
  position: Generated<number>;
  notified_at: Timestamp | null;
  created_by_account_id: string | null;
  created_at: Timestamp;
  updated_by_account_id: string | null;
  updated_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface CreditEntries {
  organisation_id: string;
  id: Generated<string>;
  credit_id: string;
  kind: string;
  amount: number;
  request_line_id: string | null;
  reason: Generated<string>;
  at: Timestamp;
  by_account_id: string | null;
}

export interface Credits {
  organisation_id: string;
  id: Generated<string>;
  child_id: string;
  unit: string;
  source: string;
  absence_line_id: string | null;
  valid_from: string;
  valid_until: string;
  week_type: Generated<string>;
  description: Generated<string>;
  created_at: Timestamp;
  created_by_account_id: string | null;
}

export interface DeclarationFormVersions {
  organisation_id: string;
  id: Generated<string>;
  form_id: string;
  version: number;
  title: string;
  description: Generated<string>;
  fields: Json;
  created_at: Timestamp;
  created_by_account_id: string | null;
}

export interface DeclarationForms {
  organisation_id: string;
  id: Generated<string>;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface Declarations {
  organisation_id: string;
  id: Generated<string>;
  child_id: string;
  form_id: string;
  form_version_id: string;
  guardian_id: string;
  values: Json;
  signed_name: string;
  signed_at: Timestamp;
  signed_by_account_id: string;
  seq: Generated<number>;
}

export interface DevMails {
  id: Generated<string>;
  organisation_id: string | null;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string;
  created_at: GeneratedTimestamp;
}

export interface DiaryEntries {
  organisation_id: string;
  id: Generated<string>;
  child_id: string;
  author_account_id: string;
  body: Generated<string>;
  written_at: Timestamp;
}

export interface DiaryEntryMedia {
  organisation_id: string;
  id: Generated<string>;
  entry_id: string;
  media_id: string;
  position: number;
  added_by_account_id: string;
  added_at: Timestamp;
}

export interface GroupOpeningHours {
  organisation_id: string;
  group_id: string;
  weekday: number;
  opens_at: string;
  closes_at: string;
}

export interface Groups {
  organisation_id: string;
  id: Generated<string>;
  location_id: string;
  name: string;
  kind: string;
  min_age_months: number;
  max_age_months: number;
  capacity: number;
  created_at: GeneratedTimestamp;
}

export interface GuardianChangeRequests {
  organisation_id: string;
  id: Generated<string>;
  guardian_id: string;
  kind: string;
  requested: Json;
  previous: Json;
  status: Generated<string>;
  requested_at: Timestamp;
  requested_by_account_id: string;
  decided_at: Timestamp | null;
  decided_by_account_id: string | null;
}

export interface GuardianChildren {
  organisation_id: string;
  guardian_id: string;
  child_id: string;
  parental_authority: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface Guardians {
  organisation_id: string;
  id: Generated<string>;
  first_name: string;
  last_name: string;
  email: string;
  phone: Generated<string>;
  street: Generated<string>;
  house_number: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface IdempotencyKeys {
  organisation_id: string;
  account_id: string;
  key: string;
  route: string;
  request_hash: Buffer;
  status_code: number | null;
  response: Json | null;
  created_at: Timestamp;
}

export interface Imports {
  organisation_id: string;
  id: Generated<string>;
  created_by_account_id: string;
  created_at: Timestamp;
  file_name: string;
  content: string;
  status: string;
  report: Json;
  completed_at: Timestamp | null;
  location_id: string;
  summary: Json | null;
}

export interface LocationHolidayPeriods {
  organisation_id: string;
  id: Generated<string>;
  location_id: string;
  kind: string;
  start_date: string;
  end_date: string;
  description: string;
  created_at: GeneratedTimestamp;
}

export interface Locations {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  street: Generated<string>;
  house_number: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface Media {
  organisation_id: string;
  id: Generated<string>;
  kind: string;
  uploaded_by_account_id: string;
  upload_sha256: string;
  width: number | null;
  height: number | null;
  created_at: Timestamp;
  attached_at: Timestamp | null;
  file_name: string | null;
}

export interface MediaFiles {
  organisation_id: string;
  media_id: string;
  variant: string;
  storage_key: string;
  content_type: string;
  bytes: number;
  width: number | null;
  height: number | null;
}

export interface MessageAttachments {
  organisation_id: string;
  message_id: string;
  media_id: string;
  position: number;
}

export interface MessageReads {
  organisation_id: string;
  thread_id: string;
  account_id: string;
  read_until: Timestamp;
}

export interface MessageThreads {
  organisation_id: string;
  id: Generated<string>;
  child_id: string;
  group_id: string;
  subject: string;
  started_by_account_id: string;
  started_at: Timestamp;
  last_message_at: Timestamp;
}

export interface Messages {
  organisation_id: string;
  id: Generated<string>;
  thread_id: string;
  author_account_id: string;
  body: string;
  sent_at: Timestamp;
}

export interface NotificationPreferences {
  organisation_id: string;
  account_id: string;
  category: string;
  channel: string;
  enabled: boolean;
  updated_at: Timestamp;
}

export interface Notifications {
  organisation_id: string;
  id: Generated<string>;
  account_id: string;
  category: string;
  event_key: string;
  params: Json;
  link: string;
  child_id: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
  email_state: string;
  email_sent_at: Timestamp | null;
  push_state: string;
  push_sent_at: Timestamp | null;
}

export interface ObservationFormVersions {
  organisation_id: string;
  id: Generated<string>;
  form_id: string;
  version: number;
  fields: Json;
  created_at: Timestamp;
  created_by_account_id: string;
}

export interface ObservationForms {
  organisation_id: string;
  id: Generated<string>;
  title: string;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface Observations {
  organisation_id: string;
  id: Generated<string>;
  child_id: string;
  form_version_id: string;
  observed_on: string;
  status: string;
  values: Json;
  created_at: Timestamp;
  created_by_account_id: string;
  updated_at: Timestamp;
  updated_by_account_id: string;
  shared_at: Timestamp | null;
  shared_by_account_id: string | null;
}

export interface OrganisationLogos {
  organisation_id: string;
  content_type: string;
  data: Buffer;
  sha256: string;
  updated_at: Timestamp;
}

export interface Organisations {
  id: Generated<string>;
  slug: string;
  name: string;
  logo_url: string | null;
  primary_colour: Generated<string>;
  feature_video: Generated<boolean>;
  feature_credits: Generated<boolean>;
  feature_observations: Generated<boolean>;
  school_holiday_region: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface PlacementDays {
  organisation_id: string;
  placement_id: string;
  weekday: number;
  care_product_id: string;
}

export interface Placements {
  organisation_id: string;
  id: Generated<string>;
  child_id: string;
  group_id: string;
  placement_type: string;
  start_date: string;
  end_date: string | null;
  created_at: GeneratedTimestamp;
  previous_placement_id: string | null;
}

export interface PlanningPolicies {
  organisation_id: string;
  min_lead_hours: Generated<number>;
  horizon_days: Generated<number>;
  cancel_deadline_hours: Generated<number>;
  expiry_lead_hours: Generated<number>;
  updated_at: GeneratedTimestamp;
  absence_credit_weeks: Generated<number>;
  absence_credit_lead_hours: Generated<number>;
  absence_cancel_deadline_hours: Generated<number>;
  swap_window_days: Generated<number>;
  swaps_per_year: Generated<number>;
}

export interface PlanningPolicyOverrides {
  organisation_id: string;
  group_kind: string;
  min_lead_hours: number | null;
  horizon_days: number | null;
  cancel_deadline_hours: number | null;
  expiry_lead_hours: number | null;
  absence_credit_weeks: number | null;
  absence_credit_lead_hours: number | null;
  absence_cancel_deadline_hours: number | null;
  swap_window_days: number | null;
  swaps_per_year: number | null;
}

export interface PostPhotoChildren {
  organisation_id: string;
  post_photo_id: string;
  child_id: string;
}

export interface PostPhotos {
  organisation_id: string;
  id: Generated<string>;
  post_id: string;
  media_id: string;
  position: number;
  downloadable: Generated<boolean>;
}

export interface Posts {
  organisation_id: string;
  id: Generated<string>;
  group_id: string;
  author_account_id: string;
  body: Generated<string>;
  posted_at: Timestamp;
}

export interface PushDeliveries {
  organisation_id: string;
  notification_id: string;
  subscription_id: string;
  delivered_at: Timestamp;
}

export interface PushSubscriptions {
  organisation_id: string;
  id: Generated<string>;
  account_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  user_agent: string | null;
  created_at: Timestamp;
  last_success_at: Timestamp | null;
}

export interface RateLimitCounters {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface SchoolHolidays {
  region: string;
  school_year: string;
  kind: string;
  start_date: string;
  end_date: string;
  source_url: string;
  checked_on: string;
  verified: boolean;
}

export interface ServerKeys {
  name: string;
  key: Buffer;
  created_at: GeneratedTimestamp;
}

export interface Sessions {
  organisation_id: string;
  id: Generated<string>;
  account_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  idle_timeout_seconds: number;
  user_agent: Generated<string>;
}

export interface StaffMembers {
  organisation_id: string;
  id: Generated<string>;
  first_name: string;
  last_name: string;
  email: string;
  phone: Generated<string>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface StaffProfiles {
  organisation_id: string;
  staff_member_id: string;
  display_name: string | null;
  about: Generated<string>;
  photo_media_id: string | null;
  visible_to_parents: Generated<boolean>;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

export interface StaffRoles {
  organisation_id: string;
  id: Generated<string>;
  staff_member_id: string;
  role: string;
  location_id: string | null;
  group_id: string | null;
}

export interface DB {
  absence_lines: AbsenceLines;
  absences: Absences;
  account_tokens: AccountTokens;
  accounts: Accounts;
  audit_events: AuditEvents;
  calendar_feeds: CalendarFeeds;
  care_product_groups: CareProductGroups;
  care_products: CareProducts;
  care_request_lines: CareRequestLines;
  care_requests: CareRequests;
  child_photos: ChildPhotos;
  children: Children;
  closing_days: ClosingDays;
  consent_answers: ConsentAnswers;
  consent_items: ConsentItems;
  consent_states: ConsentStates;
  consent_texts: ConsentTexts;
  content_item_media: ContentItemMedia;
  content_items: ContentItems;
  credit_entries: CreditEntries;
  credits: Credits;
  declaration_form_versions: DeclarationFormVersions;
  declaration_forms: DeclarationForms;
  declarations: Declarations;
  dev_mails: DevMails;
  diary_entries: DiaryEntries;
  diary_entry_media: DiaryEntryMedia;
  group_opening_hours: GroupOpeningHours;
  groups: Groups;
  guardian_change_requests: GuardianChangeRequests;
  guardian_children: GuardianChildren;
  guardians: Guardians;
  idempotency_keys: IdempotencyKeys;
  imports: Imports;
  location_holiday_periods: LocationHolidayPeriods;
  locations: Locations;
  media: Media;
  media_files: MediaFiles;
  message_attachments: MessageAttachments;
  message_reads: MessageReads;
  message_threads: MessageThreads;
  messages: Messages;
  notification_preferences: NotificationPreferences;
  notifications: Notifications;
  observation_form_versions: ObservationFormVersions;
  observation_forms: ObservationForms;
  observations: Observations;
  organisation_logos: OrganisationLogos;
  organisations: Organisations;
  placement_days: PlacementDays;
  placements: Placements;
  planning_policies: PlanningPolicies;
  planning_policy_overrides: PlanningPolicyOverrides;
  post_photo_children: PostPhotoChildren;
  post_photos: PostPhotos;
  posts: Posts;
  push_deliveries: PushDeliveries;
  push_subscriptions: PushSubscriptions;
  rate_limit_counters: RateLimitCounters;
  school_holidays: SchoolHolidays;
  server_keys: ServerKeys;
  sessions: Sessions;
  staff_members: StaffMembers;
  staff_profiles: StaffProfiles;
  staff_roles: StaffRoles;
}
