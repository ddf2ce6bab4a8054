CREATE TABLE `uk_adequacy` (
	`country_code` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`scope` text,
	`regulation` text,
	`adopted` text,
	`as_of` text NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `disclosures` ADD `sale` integer;--> statement-breakpoint
ALTER TABLE `disclosures` ADD `sharing` integer;--> statement-breakpoint
ALTER TABLE `organizations` ADD `global_privacy_control` text DEFAULT 'NOT_STATED' NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `establishments` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `parental_consent` integer;--> statement-breakpoint
ALTER TABLE `organizations` ADD `annual_revenue_usd` real;--> statement-breakpoint
ALTER TABLE `organizations` ADD `selling_revenue_percent` real;--> statement-breakpoint
ALTER TABLE `organizations` ADD `critical_infrastructure` integer;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `age_bands` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `trackers` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `marketing` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `individuals_per_year` text;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `sensitive_individuals_per_year` text;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `automated_decisions` text;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `impact_assessment` text;--> statement-breakpoint
ALTER TABLE `storage_locations` ADD `hosting` text;--> statement-breakpoint
ALTER TABLE `storage_locations` ADD `hosted_by_id` integer REFERENCES recipients(id);