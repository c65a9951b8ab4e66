CREATE TABLE "auth_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" varchar(50) NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "auth_tokens_purpose_check" CHECK ("auth_tokens"."purpose" IN ('email_verification', 'password_reset')),
	CONSTRAINT "auth_tokens_token_hash_check" CHECK ("auth_tokens"."token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(255) NOT NULL,
	"name" varchar(255),
	"password_hash" varchar(255),
	"role" varchar(50) NOT NULL,
	"status" varchar(50) DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login" timestamp with time zone,
	"two_fa_enabled" boolean DEFAULT false NOT NULL,
	"two_fa_secret" varchar(255),
	"email_verified" boolean DEFAULT false NOT NULL,
	"email_verified_at" timestamp with time zone,
	CONSTRAINT "users_email_check" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_role_check" CHECK ("users"."role" IN ('admin', 'brand_admin', 'brand_member', 'influencer', 'support')),
	CONSTRAINT "users_status_check" CHECK ("users"."status" IN ('active', 'suspended', 'deleted'))
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" varchar(255) NOT NULL,
	"role" varchar(50) NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"invited_by" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_email_check" CHECK ("invitations"."email" = lower("invitations"."email")),
	CONSTRAINT "invitations_role_check" CHECK ("invitations"."role" IN ('brand_admin', 'brand_member')),
	CONSTRAINT "invitations_token_hash_check" CHECK ("invitations"."token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "organization_billing" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"legal_name" varchar(255),
	"address_line1" varchar(255),
	"address_line2" varchar(255),
	"city" varchar(100),
	"postal_code" varchar(20),
	"country" varchar(2),
	"vat_id" varchar(50),
	"billing_email" varchar(255),
	"stripe_customer_id" varchar(255),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_billing_stripe_customer_id_unique" UNIQUE("stripe_customer_id"),
	CONSTRAINT "organization_billing_country_check" CHECK ("organization_billing"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "organization_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" varchar(50) NOT NULL,
	"invited_by" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_members_organization_id_user_id_unique" UNIQUE("organization_id","user_id"),
	CONSTRAINT "organization_members_role_check" CHECK ("organization_members"."role" IN ('brand_admin', 'brand_member'))
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(255) NOT NULL,
	"slug" varchar(255) NOT NULL,
	"description" text,
	"website" varchar(255),
	"country" varchar(2) NOT NULL,
	"currency" varchar(3) DEFAULT 'GBP' NOT NULL,
	"timezone" varchar(50) DEFAULT 'Europe/London' NOT NULL,
	"kyc_status" varchar(50) DEFAULT 'pending' NOT NULL,
	"kyc_verified_at" timestamp with time zone,
	"kyc_provider" varchar(50),
	"kyc_reference_id" varchar(255),
	"logo_url" varchar(255),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organizations_slug_check" CHECK ("organizations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "organizations_country_check" CHECK ("organizations"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "organizations_currency_check" CHECK ("organizations"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "organizations_kyc_status_check" CHECK ("organizations"."kyc_status" IN ('pending', 'verified', 'rejected', 'suspended'))
);
--> statement-breakpoint
CREATE TABLE "profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"display_name" varchar(255),
	"bio" text,
	"avatar_url" varchar(255),
	"handles" jsonb,
	"country" varchar(2),
	"timezone" varchar(50),
	"audience_demographics" jsonb,
	"verified" boolean DEFAULT false NOT NULL,
	"verification_method" varchar(50),
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("display_name", '') || ' ' || coalesce("bio", ''))) STORED,
	CONSTRAINT "profiles_country_check" CHECK ("profiles"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "profiles_verification_method_check" CHECK ("profiles"."verification_method" IN ('email', 'sms', 'kyc'))
);
--> statement-breakpoint
CREATE TABLE "social_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"platform" varchar(50) NOT NULL,
	"handle" varchar(255) NOT NULL,
	"external_id" varchar(255) NOT NULL,
	"access_token_encrypted" text,
	"refresh_token_encrypted" text,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"token_expires_at" timestamp with time zone,
	"connected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_synced_at" timestamp with time zone,
	"status" varchar(50) DEFAULT 'connected' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_accounts_platform_external_id_unique" UNIQUE("platform","external_id"),
	CONSTRAINT "social_accounts_user_id_platform_unique" UNIQUE("user_id","platform"),
	CONSTRAINT "social_accounts_platform_check" CHECK ("social_accounts"."platform" IN ('instagram', 'tiktok', 'youtube', 'twitter')),
	CONSTRAINT "social_accounts_status_check" CHECK ("social_accounts"."status" IN ('connected', 'expired', 'revoked', 'error'))
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" varchar(255) NOT NULL,
	"description" text,
	"brief" jsonb,
	"status" varchar(50) DEFAULT 'draft' NOT NULL,
	"budget_min" numeric(19, 2),
	"budget_max" numeric(19, 2),
	"budget_spent" numeric(19, 2) DEFAULT '0' NOT NULL,
	"currency" varchar(3) DEFAULT 'GBP' NOT NULL,
	"start_date" timestamp with time zone,
	"end_date" timestamp with time zone,
	"deliverable_deadline" timestamp with time zone,
	"submission_deadline" timestamp with time zone,
	"content_approval_required" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')
        || setweight(jsonb_to_tsvector('english'::regconfig, coalesce("brief", '{}'::jsonb), '["string"]'::jsonb), 'C')) STORED,
	CONSTRAINT "campaigns_id_currency_unique" UNIQUE("id","currency"),
	CONSTRAINT "campaigns_status_check" CHECK ("campaigns"."status" IN ('draft', 'published', 'active', 'paused', 'completed', 'disputed', 'cancelled')),
	CONSTRAINT "campaigns_budget_min_check" CHECK ("campaigns"."budget_min" >= 0),
	CONSTRAINT "campaigns_budget_max_check" CHECK ("campaigns"."budget_max" >= 0),
	CONSTRAINT "campaigns_budget_spent_check" CHECK ("campaigns"."budget_spent" >= 0),
	CONSTRAINT "campaigns_budget_range_check" CHECK ("campaigns"."budget_min" <= "campaigns"."budget_max"),
	CONSTRAINT "campaigns_end_date_check" CHECK ("campaigns"."end_date" >= "campaigns"."start_date"),
	CONSTRAINT "campaigns_currency_check" CHECK ("campaigns"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "deliverables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"type" varchar(50) NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"price_min" numeric(19, 2),
	"price_max" numeric(19, 2),
	"price_suggested" numeric(19, 2),
	"instructions" text,
	"guidelines" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliverables_type_check" CHECK ("deliverables"."type" IN ('static_post', 'carousel', 'reel', 'story', 'video_ad', 'unboxing', 'review')),
	CONSTRAINT "deliverables_count_check" CHECK ("deliverables"."count" >= 1),
	CONSTRAINT "deliverables_price_min_check" CHECK ("deliverables"."price_min" >= 0),
	CONSTRAINT "deliverables_price_max_check" CHECK ("deliverables"."price_max" >= 0),
	CONSTRAINT "deliverables_price_suggested_check" CHECK ("deliverables"."price_suggested" >= 0),
	CONSTRAINT "deliverables_price_range_check" CHECK ("deliverables"."price_min" <= "deliverables"."price_max" AND "deliverables"."price_min" <= "deliverables"."price_suggested" AND "deliverables"."price_suggested" <= "deliverables"."price_max")
);
--> statement-breakpoint
CREATE TABLE "offer_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"price" numeric(19, 2) NOT NULL,
	"currency" varchar(3) DEFAULT 'GBP' NOT NULL,
	"terms" jsonb,
	"status" varchar(50) NOT NULL,
	"counter_by" varchar(50),
	"changed_by" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_revisions_offer_id_version_unique" UNIQUE("offer_id","version"),
	CONSTRAINT "offer_revisions_version_check" CHECK ("offer_revisions"."version" >= 1),
	CONSTRAINT "offer_revisions_price_check" CHECK ("offer_revisions"."price" >= 0),
	CONSTRAINT "offer_revisions_currency_check" CHECK ("offer_revisions"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "offer_revisions_status_check" CHECK ("offer_revisions"."status" IN ('pending', 'accepted', 'rejected', 'counter', 'expired', 'completed')),
	CONSTRAINT "offer_revisions_counter_by_check" CHECK ("offer_revisions"."counter_by" IN ('brand', 'influencer'))
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"influencer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"price" numeric(19, 2) NOT NULL,
	"currency" varchar(3) DEFAULT 'GBP' NOT NULL,
	"terms" jsonb,
	"status" varchar(50) DEFAULT 'pending' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"counter_by" varchar(50),
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	CONSTRAINT "offers_price_check" CHECK ("offers"."price" >= 0),
	CONSTRAINT "offers_currency_check" CHECK ("offers"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "offers_status_check" CHECK ("offers"."status" IN ('pending', 'accepted', 'rejected', 'counter', 'expired', 'completed')),
	CONSTRAINT "offers_version_check" CHECK ("offers"."version" >= 1),
	CONSTRAINT "offers_counter_by_check" CHECK ("offers"."counter_by" IN ('brand', 'influencer'))
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"influencer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" varchar(50) DEFAULT 'pending' NOT NULL,
	"content" jsonb NOT NULL,
	"signed_by" jsonb,
	"signed_at" timestamp with time zone,
	"dispute_status" varchar(50),
	"dispute_reason" text,
	"dispute_evidence" jsonb,
	"dispute_resolution" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_status_check" CHECK ("contracts"."status" IN ('pending', 'signed', 'active', 'completed', 'disputed', 'terminated')),
	CONSTRAINT "contracts_dispute_status_check" CHECK ("contracts"."dispute_status" IN ('pending', 'resolved', 'escalated'))
);
--> statement-breakpoint
CREATE TABLE "deliverable_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"deliverable_id" uuid NOT NULL,
	"submitted_by" uuid NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"content_url" text,
	"caption" text,
	"file_url" text,
	"status" varchar(50) DEFAULT 'submitted' NOT NULL,
	"reviewer_id" uuid,
	"review_comment" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "deliverable_submissions_contract_deliverable_revision_unique" UNIQUE("contract_id","deliverable_id","revision"),
	CONSTRAINT "deliverable_submissions_revision_check" CHECK ("deliverable_submissions"."revision" >= 1),
	CONSTRAINT "deliverable_submissions_status_check" CHECK ("deliverable_submissions"."status" IN ('submitted', 'approved', 'changes_requested', 'auto_approved'))
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"contract_id" uuid,
	"payer_id" uuid NOT NULL,
	"payee_id" uuid NOT NULL,
	"amount" numeric(19, 2) NOT NULL,
	"currency" varchar(3) DEFAULT 'GBP' NOT NULL,
	"stripe_payment_id" varchar(255),
	"stripe_payment_intent_id" varchar(255),
	"status" varchar(50) DEFAULT 'pending' NOT NULL,
	"payment_method" varchar(50),
	"escrow_status" varchar(50) DEFAULT 'held' NOT NULL,
	"escrow_released_at" timestamp with time zone,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"failed_at" timestamp with time zone,
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount" >= 0),
	CONSTRAINT "payments_currency_check" CHECK ("payments"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payments_status_check" CHECK ("payments"."status" IN ('pending', 'authorized', 'captured', 'released', 'failed', 'refunded', 'disputed')),
	CONSTRAINT "payments_payment_method_check" CHECK ("payments"."payment_method" IN ('card', 'bank_transfer', 'wallet')),
	CONSTRAINT "payments_escrow_status_check" CHECK ("payments"."escrow_status" IN ('held', 'released', 'refunded'))
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" varchar(255) PRIMARY KEY NOT NULL,
	"type" varchar(255) NOT NULL,
	"livemode" boolean NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "influencer_stats_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"platform" varchar(50) NOT NULL,
	"followers" integer,
	"following" integer,
	"posts" integer,
	"engagement_rate" numeric(5, 2),
	"engagement_count" bigint,
	"average_likes" integer,
	"average_comments" integer,
	"reach" bigint,
	"impressions" bigint,
	"audience_growth" numeric(5, 2),
	"authenticity_score" numeric(3, 2),
	"fake_follower_risk" varchar(50) DEFAULT 'low',
	"fake_follower_risk_score" numeric(5, 2),
	"last_sync" timestamp with time zone,
	"snapshot_at" timestamp with time zone DEFAULT now() NOT NULL,
	"data_source" varchar(50),
	"data_hash" varchar(255),
	CONSTRAINT "influencer_stats_history_platform_check" CHECK ("influencer_stats_history"."platform" IN ('instagram', 'tiktok', 'youtube', 'twitter')),
	CONSTRAINT "influencer_stats_history_followers_check" CHECK ("influencer_stats_history"."followers" >= 0),
	CONSTRAINT "influencer_stats_history_following_check" CHECK ("influencer_stats_history"."following" >= 0),
	CONSTRAINT "influencer_stats_history_posts_check" CHECK ("influencer_stats_history"."posts" >= 0),
	CONSTRAINT "influencer_stats_history_engagement_rate_check" CHECK ("influencer_stats_history"."engagement_rate" >= 0),
	CONSTRAINT "influencer_stats_history_engagement_count_check" CHECK ("influencer_stats_history"."engagement_count" >= 0),
	CONSTRAINT "influencer_stats_history_average_likes_check" CHECK ("influencer_stats_history"."average_likes" >= 0),
	CONSTRAINT "influencer_stats_history_average_comments_check" CHECK ("influencer_stats_history"."average_comments" >= 0),
	CONSTRAINT "influencer_stats_history_reach_check" CHECK ("influencer_stats_history"."reach" >= 0),
	CONSTRAINT "influencer_stats_history_impressions_check" CHECK ("influencer_stats_history"."impressions" >= 0),
	CONSTRAINT "influencer_stats_history_authenticity_score_check" CHECK ("influencer_stats_history"."authenticity_score" BETWEEN 0 AND 1),
	CONSTRAINT "influencer_stats_history_fake_follower_risk_check" CHECK ("influencer_stats_history"."fake_follower_risk" IN ('low', 'medium', 'high')),
	CONSTRAINT "influencer_stats_history_fake_follower_risk_score_check" CHECK ("influencer_stats_history"."fake_follower_risk_score" BETWEEN 0 AND 100),
	CONSTRAINT "influencer_stats_history_data_source_check" CHECK ("influencer_stats_history"."data_source" IN ('platform_api', 'user_submitted'))
);
--> statement-breakpoint
CREATE TABLE "audit_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_type" varchar(20) DEFAULT 'user' NOT NULL,
	"actor_id" uuid,
	"action" varchar(100) NOT NULL,
	"resource_type" varchar(50) NOT NULL,
	"resource_id" uuid NOT NULL,
	"metadata" jsonb,
	"ip_address" "inet",
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"correlation_id" uuid,
	CONSTRAINT "audit_logs_actor_type_check" CHECK ("audit_logs"."actor_type" IN ('user', 'system')),
	CONSTRAINT "audit_logs_actor_id_check" CHECK (("audit_logs"."actor_type" = 'user' AND "audit_logs"."actor_id" IS NOT NULL) OR ("audit_logs"."actor_type" = 'system' AND "audit_logs"."actor_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "gdpr_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" varchar(50) NOT NULL,
	"status" varchar(50) DEFAULT 'received' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone DEFAULT now() + interval '30 days' NOT NULL,
	"completed_at" timestamp with time zone,
	"handled_by" uuid,
	"notes" text,
	"export_url" text,
	CONSTRAINT "gdpr_requests_type_check" CHECK ("gdpr_requests"."type" IN ('export', 'erasure', 'rectification')),
	CONSTRAINT "gdpr_requests_status_check" CHECK ("gdpr_requests"."status" IN ('received', 'in_progress', 'completed', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "retention_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource" varchar(50) NOT NULL,
	"region" varchar(50) DEFAULT 'default' NOT NULL,
	"retention_days" integer,
	"configurable" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_policies_resource_region_unique" UNIQUE("resource","region"),
	CONSTRAINT "retention_policies_resource_check" CHECK ("retention_policies"."resource" IN ('audit_logs', 'influencer_stats_history', 'metric_snapshots', 'payments', 'contracts', 'profiles')),
	CONSTRAINT "retention_policies_retention_days_check" CHECK ("retention_policies"."retention_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" varchar(255) NOT NULL,
	"subject" varchar(255) NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"template" varchar(100),
	"status" varchar(50) DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"send_after" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_status_check" CHECK ("email_outbox"."status" IN ('pending', 'sent', 'failed')),
	CONSTRAINT "email_outbox_attempts_check" CHECK ("email_outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" varchar(100) NOT NULL,
	"title" varchar(255) NOT NULL,
	"body" text,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_billing" ADD CONSTRAINT "organization_billing_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_influencer_id_users_id_fk" FOREIGN KEY ("influencer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_influencer_id_users_id_fk" FOREIGN KEY ("influencer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_submissions" ADD CONSTRAINT "deliverable_submissions_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_submissions" ADD CONSTRAINT "deliverable_submissions_deliverable_id_deliverables_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "public"."deliverables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_submissions" ADD CONSTRAINT "deliverable_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_submissions" ADD CONSTRAINT "deliverable_submissions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payer_id_organizations_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payee_id_users_id_fk" FOREIGN KEY ("payee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_campaign_id_currency_fk" FOREIGN KEY ("campaign_id","currency") REFERENCES "public"."campaigns"("id","currency") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "influencer_stats_history" ADD CONSTRAINT "influencer_stats_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gdpr_requests" ADD CONSTRAINT "gdpr_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gdpr_requests" ADD CONSTRAINT "gdpr_requests_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_policies" ADD CONSTRAINT "retention_policies_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_auth_tokens_user_purpose" ON "auth_tokens" USING btree ("user_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_users_email" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "idx_users_role" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "idx_users_status" ON "users" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_invitations_open_per_email" ON "invitations" USING btree ("organization_id",lower("email")) WHERE "invitations"."accepted_at" IS NULL AND "invitations"."revoked_at" IS NULL;--> statement-breakpoint
CREATE INDEX "idx_invitations_organization_id" ON "invitations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "idx_organization_members_user_id" ON "organization_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_organizations_country" ON "organizations" USING btree ("country");--> statement-breakpoint
CREATE INDEX "idx_organizations_kyc_status" ON "organizations" USING btree ("kyc_status");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_profiles_user_id" ON "profiles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_profiles_verified" ON "profiles" USING btree ("verified");--> statement-breakpoint
CREATE INDEX "idx_profiles_search_vector" ON "profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "idx_campaigns_org_id" ON "campaigns" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "idx_campaigns_status" ON "campaigns" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_campaigns_start_date" ON "campaigns" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "idx_campaigns_marketplace" ON "campaigns" USING btree ("published_at" DESC NULLS LAST) WHERE "campaigns"."status" IN ('published', 'active');--> statement-breakpoint
CREATE INDEX "idx_campaigns_search_vector" ON "campaigns" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "idx_deliverables_campaign_id" ON "deliverables" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "idx_offers_campaign_id" ON "offers" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "idx_offers_influencer_id" ON "offers" USING btree ("influencer_id");--> statement-breakpoint
CREATE INDEX "idx_offers_organization_id" ON "offers" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "idx_offers_status" ON "offers" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_offers_active_per_influencer" ON "offers" USING btree ("campaign_id","influencer_id") WHERE "offers"."status" IN ('pending', 'counter', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "idx_contracts_offer_id" ON "contracts" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "idx_contracts_campaign_id" ON "contracts" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "idx_contracts_influencer_id" ON "contracts" USING btree ("influencer_id");--> statement-breakpoint
CREATE INDEX "idx_contracts_organization_id" ON "contracts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "idx_contracts_status" ON "contracts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_deliverable_submissions_deliverable_id" ON "deliverable_submissions" USING btree ("deliverable_id");--> statement-breakpoint
CREATE INDEX "idx_payments_campaign_id" ON "payments" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "idx_payments_contract_id" ON "payments" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "idx_payments_status" ON "payments" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_payments_payer_id" ON "payments" USING btree ("payer_id");--> statement-breakpoint
CREATE INDEX "idx_payments_payee_id" ON "payments" USING btree ("payee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_payments_stripe_payment_id" ON "payments" USING btree ("stripe_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_payments_stripe_payment_intent_id" ON "payments" USING btree ("stripe_payment_intent_id");--> statement-breakpoint
CREATE INDEX "idx_payments_escrow_held" ON "payments" USING btree ("status") WHERE "payments"."escrow_status" = 'held';--> statement-breakpoint
CREATE INDEX "idx_stripe_events_unprocessed" ON "stripe_events" USING btree ("received_at") WHERE "stripe_events"."processed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "idx_influencer_stats_user_platform_date" ON "influencer_stats_history" USING btree ("user_id","platform","snapshot_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_influencer_stats_authenticity" ON "influencer_stats_history" USING btree ("authenticity_score");--> statement-breakpoint
CREATE INDEX "idx_influencer_stats_fake_follower_risk" ON "influencer_stats_history" USING btree ("fake_follower_risk_score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_audit_logs_actor_id" ON "audit_logs" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "idx_audit_logs_resource" ON "audit_logs" USING btree ("resource_type","resource_id");--> statement-breakpoint
CREATE INDEX "idx_audit_logs_action" ON "audit_logs" USING btree ("action");--> statement-breakpoint
CREATE INDEX "idx_audit_logs_created_at" ON "audit_logs" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_audit_logs_correlation_id" ON "audit_logs" USING btree ("correlation_id");--> statement-breakpoint
CREATE INDEX "idx_gdpr_requests_user_id" ON "gdpr_requests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_gdpr_requests_open_due" ON "gdpr_requests" USING btree ("due_at") WHERE "gdpr_requests"."status" IN ('received', 'in_progress');--> statement-breakpoint
CREATE INDEX "idx_email_outbox_pending" ON "email_outbox" USING btree ("send_after") WHERE "email_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "idx_notifications_user_read" ON "notifications" USING btree ("user_id","read_at");