CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`operation` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`organization_id` integer,
	`version` integer NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_org_idx` ON `audit_log` (`organization_id`,`at`);--> statement-breakpoint
CREATE TABLE `versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`organization_id` integer,
	`version` integer NOT NULL,
	`valid_from` text NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `versions_entity_version_uq` ON `versions` (`entity_type`,`entity_id`,`version`);--> statement-breakpoint
CREATE INDEX `versions_org_time_idx` ON `versions` (`organization_id`,`valid_from`);--> statement-breakpoint
ALTER TABLE `data_categories` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `purposes` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `recipients` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `security_measures` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `storage_locations` ADD `archived_at` text;