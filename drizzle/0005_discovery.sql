CREATE TABLE "creator_current_stats" (
	"user_id" uuid NOT NULL,
	"platform" varchar(50) NOT NULL,
	"followers" integer,
	"engagement_rate" numeric(5, 2),
	"authenticity_score" numeric(3, 2),
	"fake_follower_risk" varchar(50),
	"fake_follower_risk_score" numeric(5, 2),
	"snapshot_id" uuid NOT NULL,
	"snapshot_at" timestamp with time zone NOT NULL,
	CONSTRAINT "creator_current_stats_user_id_platform_pk" PRIMARY KEY("user_id","platform"),
	CONSTRAINT "creator_current_stats_platform_check" CHECK ("creator_current_stats"."platform" IN ('instagram', 'tiktok', 'youtube', 'twitter'))
);
--> statement-breakpoint
CREATE TABLE "shortlist_entries" (
	"shortlist_id" uuid NOT NULL,
	"creator_id" uuid NOT NULL,
	"note" text,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlist_entries_shortlist_id_creator_id_pk" PRIMARY KEY("shortlist_id","creator_id")
);
--> statement-breakpoint
CREATE TABLE "shortlists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" varchar(120) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlists_name_check" CHECK (length(btrim("shortlists"."name")) > 0)
);
--> statement-breakpoint
ALTER TABLE "creator_current_stats" ADD CONSTRAINT "creator_current_stats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "creator_current_stats" ADD CONSTRAINT "creator_current_stats_snapshot_id_influencer_stats_history_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."influencer_stats_history"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_shortlist_id_shortlists_id_fk" FOREIGN KEY ("shortlist_id") REFERENCES "public"."shortlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_creator_current_stats_followers" ON "creator_current_stats" USING btree ("platform","followers");--> statement-breakpoint
CREATE INDEX "idx_creator_current_stats_engagement" ON "creator_current_stats" USING btree ("platform","engagement_rate");--> statement-breakpoint
CREATE INDEX "idx_creator_current_stats_authenticity" ON "creator_current_stats" USING btree ("platform","authenticity_score");--> statement-breakpoint
CREATE INDEX "idx_creator_current_stats_risk" ON "creator_current_stats" USING btree ("platform","fake_follower_risk_score");--> statement-breakpoint
CREATE INDEX "idx_shortlist_entries_creator" ON "shortlist_entries" USING btree ("creator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shortlists_organization_id_name_unique" ON "shortlists" USING btree ("organization_id",lower("name"));