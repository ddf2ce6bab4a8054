CREATE TABLE `finding_acceptances` (
	`finding_id` text PRIMARY KEY NOT NULL,
	`organization_id` integer NOT NULL,
	`rule` text NOT NULL,
	`justification` text NOT NULL,
	`until` text NOT NULL,
	`accepted_by` text NOT NULL,
	`accepted_at` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `finding_acceptances_org_idx` ON `finding_acceptances` (`organization_id`);--> statement-breakpoint
CREATE TABLE `transfer_mechanisms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recipient_id` integer,
	`location_id` integer,
	`legal_basis_id` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `storage_locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_basis_id`) REFERENCES `legal_bases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `transfer_mechanisms_recipient_idx` ON `transfer_mechanisms` (`recipient_id`);--> statement-breakpoint
CREATE INDEX `transfer_mechanisms_location_idx` ON `transfer_mechanisms` (`location_id`);--> statement-breakpoint
CREATE INDEX `transfer_mechanisms_basis_idx` ON `transfer_mechanisms` (`legal_basis_id`);--> statement-breakpoint
ALTER TABLE `activity_legal_bases` ADD `assessment` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `subject_jurisdictions` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `subject_jurisdictions` text;--> statement-breakpoint
ALTER TABLE `processing_activities` ADD `no_recipients` integer DEFAULT false NOT NULL;