CREATE TABLE `vendor_list_imports` (
	`organization_id` integer PRIMARY KEY NOT NULL,
	`vendor_list_version` integer NOT NULL,
	`last_updated` text,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
