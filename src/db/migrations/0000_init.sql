CREATE TABLE `activity_data_categories` (
	`activity_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `category_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `data_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_data_categories_category_idx` ON `activity_data_categories` (`category_id`);--> statement-breakpoint
CREATE TABLE `activity_data_subjects` (
	`activity_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `subject_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `data_subject_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_data_subjects_subject_idx` ON `activity_data_subjects` (`subject_id`);--> statement-breakpoint
CREATE TABLE `activity_legal_bases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`legal_basis_id` integer NOT NULL,
	`consent_mechanism` text,
	`note` text,
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_basis_id`) REFERENCES `legal_bases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_legal_bases_uq` ON `activity_legal_bases` (`activity_id`,`legal_basis_id`);--> statement-breakpoint
CREATE INDEX `activity_legal_bases_basis_idx` ON `activity_legal_bases` (`legal_basis_id`);--> statement-breakpoint
CREATE TABLE `activity_purposes` (
	`activity_id` integer NOT NULL,
	`purpose_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `purpose_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`purpose_id`) REFERENCES `purposes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_purposes_purpose_idx` ON `activity_purposes` (`purpose_id`);--> statement-breakpoint
CREATE TABLE `activity_security_measures` (
	`activity_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `measure_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `security_measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_security_measures_measure_idx` ON `activity_security_measures` (`measure_id`);--> statement-breakpoint
CREATE TABLE `activity_sources` (
	`activity_id` integer NOT NULL,
	`source` text NOT NULL,
	PRIMARY KEY(`activity_id`, `source`),
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `activity_storage_locations` (
	`activity_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `location_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `storage_locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_storage_locations_location_idx` ON `activity_storage_locations` (`location_id`);--> statement-breakpoint
CREATE TABLE `adequacy` (
	`country_code` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`scope` text,
	`decision` text,
	`adopted` text,
	`as_of` text NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `category_sensitivities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`category_id` integer NOT NULL,
	`regime` text NOT NULL,
	`kind` text NOT NULL,
	`reference` text NOT NULL,
	`note` text,
	FOREIGN KEY (`category_id`) REFERENCES `data_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `category_sensitivities_uq` ON `category_sensitivities` (`category_id`,`regime`,`kind`);--> statement-breakpoint
CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`dpv_iri` text
);
--> statement-breakpoint
CREATE TABLE `data_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`parent_id` integer,
	`dpv_iri` text,
	`origin` text NOT NULL,
	`deprecated` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `data_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_categories_key_uq` ON `data_categories` (`key`);--> statement-breakpoint
CREATE INDEX `data_categories_parent_idx` ON `data_categories` (`parent_id`);--> statement-breakpoint
CREATE TABLE `data_subject_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`dpv_iri` text,
	`origin` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_subject_categories_key_uq` ON `data_subject_categories` (`key`);--> statement-breakpoint
CREATE TABLE `disclosure_categories` (
	`disclosure_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	PRIMARY KEY(`disclosure_id`, `category_id`),
	FOREIGN KEY (`disclosure_id`) REFERENCES `disclosures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `data_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosure_categories_category_idx` ON `disclosure_categories` (`category_id`);--> statement-breakpoint
CREATE TABLE `disclosures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`recipient_id` integer NOT NULL,
	`purpose` text,
	FOREIGN KEY (`activity_id`) REFERENCES `processing_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disclosures_activity_recipient_uq` ON `disclosures` (`activity_id`,`recipient_id`);--> statement-breakpoint
CREATE INDEX `disclosures_recipient_idx` ON `disclosures` (`recipient_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`title` text NOT NULL,
	`url` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_org_idx` ON `documents` (`organization_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`section` text NOT NULL,
	`basis` text NOT NULL,
	`note` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_subject_idx` ON `evidence` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `evidence_document_idx` ON `evidence` (`document_id`);--> statement-breakpoint
CREATE TABLE `legal_bases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regime` text NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`article` text NOT NULL,
	`description` text,
	`dpv_iri` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_bases_regime_code_uq` ON `legal_bases` (`regime`,`code`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`legal_name` text,
	`website` text,
	`contact_email` text,
	`postal_address` text,
	`country_code` text,
	`dpo_name` text,
	`dpo_email` text,
	`dpo_country_code` text,
	`representative_name` text,
	`representative_email` text,
	`representative_country_code` text,
	`minimum_age` integer,
	`do_not_track` text DEFAULT 'NOT_STATED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dpo_country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`representative_country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_uq` ON `organizations` (`slug`);--> statement-breakpoint
CREATE INDEX `organizations_country_idx` ON `organizations` (`country_code`);--> statement-breakpoint
CREATE INDEX `organizations_rep_country_idx` ON `organizations` (`representative_country_code`);--> statement-breakpoint
CREATE INDEX `organizations_dpo_country_idx` ON `organizations` (`dpo_country_code`);--> statement-breakpoint
CREATE TABLE `processing_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`retention_period` text,
	`retention_trigger` text,
	`retention_description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `processing_activities_org_key_uq` ON `processing_activities` (`organization_id`,`key`);--> statement-breakpoint
CREATE TABLE `purposes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`parent_id` integer,
	`dpv_iri` text,
	`origin` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `purposes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `purposes_key_uq` ON `purposes` (`key`);--> statement-breakpoint
CREATE INDEX `purposes_parent_idx` ON `purposes` (`parent_id`);--> statement-breakpoint
CREATE TABLE `recipients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`category` text,
	`named` integer NOT NULL,
	`country_code` text,
	`dpa_status` text DEFAULT 'UNKNOWN' NOT NULL,
	`dpa_date` text,
	`dpa_url` text,
	`parent_id` integer,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recipients_org_key_uq` ON `recipients` (`organization_id`,`key`);--> statement-breakpoint
CREATE INDEX `recipients_country_idx` ON `recipients` (`country_code`);--> statement-breakpoint
CREATE INDEX `recipients_parent_idx` ON `recipients` (`parent_id`);--> statement-breakpoint
CREATE TABLE `rights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`right` text NOT NULL,
	`jurisdictions` text,
	`description` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rights_org_idx` ON `rights` (`organization_id`);--> statement-breakpoint
CREATE TABLE `security_measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`dpv_iri` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `security_measures_org_key_uq` ON `security_measures` (`organization_id`,`key`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`topic` text NOT NULL,
	`summary` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statements_org_idx` ON `statements` (`organization_id`);--> statement-breakpoint
CREATE TABLE `storage_locations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`country_code` text NOT NULL,
	`region` text,
	`provider` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `storage_locations_org_key_uq` ON `storage_locations` (`organization_id`,`key`);--> statement-breakpoint
CREATE INDEX `storage_locations_country_idx` ON `storage_locations` (`country_code`);