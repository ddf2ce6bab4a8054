ALTER TABLE `data_subject_categories` ADD `deprecated` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `purposes` ADD `deprecated` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `recipients` ADD `privacy_url` text;--> statement-breakpoint
ALTER TABLE `recipients` ADD `legitimate_interest_url` text;--> statement-breakpoint
ALTER TABLE `recipients` ADD `gvl_id` integer;--> statement-breakpoint
ALTER TABLE `recipients` ADD `uses_cookies` integer;--> statement-breakpoint
ALTER TABLE `recipients` ADD `cookie_max_age_seconds` integer;--> statement-breakpoint
ALTER TABLE `recipients` ADD `cookie_refresh` integer;--> statement-breakpoint
ALTER TABLE `recipients` ADD `uses_non_cookie_access` integer;--> statement-breakpoint
ALTER TABLE `recipients` ADD `device_storage_disclosure_url` text;--> statement-breakpoint
ALTER TABLE `recipients` ADD `retention_days` integer;--> statement-breakpoint
ALTER TABLE `recipients` ADD `gvl_facts` text;--> statement-breakpoint
CREATE INDEX `recipients_gvl_idx` ON `recipients` (`organization_id`,`gvl_id`);