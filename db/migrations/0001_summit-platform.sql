CREATE TABLE `b2b_blocks` (
	`session_slug` text PRIMARY KEY NOT NULL,
	`meeting_minutes` integer NOT NULL,
	`changeover_minutes` integer NOT NULL,
	`tables` integer NOT NULL,
	FOREIGN KEY (`session_slug`) REFERENCES `programme_sessions`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `enquiries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` text NOT NULL,
	`product_id` text,
	`from_user_id` text NOT NULL,
	`message` text NOT NULL,
	`share_email` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `exhibitor_organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `exhibitor_products`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enquiries_org_idx` ON `enquiries` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `enquiries_from_idx` ON `enquiries` (`from_user_id`);--> statement-breakpoint
CREATE TABLE `exhibitor_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`can_manage` integer DEFAULT false NOT NULL,
	`invited_by` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`accepted_by` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `exhibitor_organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`accepted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exhibitor_invitations_token_hash_unique` ON `exhibitor_invitations` (`token_hash`);--> statement-breakpoint
CREATE TABLE `exhibitor_members` (
	`organisation_id` text NOT NULL,
	`user_id` text NOT NULL,
	`can_manage` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `user_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `exhibitor_organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `exhibitor_members_user_idx` ON `exhibitor_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `exhibitor_organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`content_id` text,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`country` text NOT NULL,
	`logo_image_id` text,
	`website` text DEFAULT '' NOT NULL,
	`booth` text DEFAULT '' NOT NULL,
	`description_vi` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`contact_email` text DEFAULT '' NOT NULL,
	`contact_language` text DEFAULT 'vi' NOT NULL,
	`status` text NOT NULL,
	`rejection_reason` text,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exhibitor_organisations_content_id_unique` ON `exhibitor_organisations` (`content_id`);--> statement-breakpoint
CREATE TABLE `exhibitor_products` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`slug` text NOT NULL,
	`approved_revision_id` text,
	`search_text` text DEFAULT '' NOT NULL,
	`withdrawn_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `exhibitor_organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exhibitor_products_slug_unique` ON `exhibitor_products` (`slug`);--> statement-breakpoint
CREATE INDEX `exhibitor_products_org_idx` ON `exhibitor_products` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `leads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` text NOT NULL,
	`delegate_id` text NOT NULL,
	`recorded_by` text,
	`note` text DEFAULT '' NOT NULL,
	`rating` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `exhibitor_organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegate_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leads_org_delegate_uq` ON `leads` (`organisation_id`,`delegate_id`);--> statement-breakpoint
CREATE TABLE `matchmaking_availability` (
	`user_id` text NOT NULL,
	`slot_id` text NOT NULL,
	PRIMARY KEY(`user_id`, `slot_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `matchmaking_blocks` (
	`blocker_id` text NOT NULL,
	`blocked_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`blocker_id`, `blocked_id`),
	FOREIGN KEY (`blocker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`blocked_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `matchmaking_blocks_blocked_idx` ON `matchmaking_blocks` (`blocked_id`);--> statement-breakpoint
CREATE TABLE `matchmaking_impressions` (
	`day` text NOT NULL,
	`shown_user_id` text NOT NULL,
	`viewer_id` text NOT NULL,
	PRIMARY KEY(`day`, `shown_user_id`, `viewer_id`),
	FOREIGN KEY (`shown_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`viewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `matchmaking_impressions_viewer_idx` ON `matchmaking_impressions` (`viewer_id`,`day`);--> statement-breakpoint
CREATE TABLE `matchmaking_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`sectors` text DEFAULT '[]' NOT NULL,
	`offers` text DEFAULT '[]' NOT NULL,
	`seeks` text DEFAULT '[]' NOT NULL,
	`offer_text` text DEFAULT '' NOT NULL,
	`seek_text` text DEFAULT '' NOT NULL,
	`markets` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '["vi"]' NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`accepts_requests` integer DEFAULT true NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `meeting_participants` (
	`meeting_id` text NOT NULL,
	`user_id` text NOT NULL,
	`slot_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_participants_slot_user_uq` ON `meeting_participants` (`slot_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `meeting_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`requester_id` text NOT NULL,
	`receiver_id` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`responded_at` integer,
	`closed_by` text,
	FOREIGN KEY (`requester_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`receiver_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_requests_requester_idx` ON `meeting_requests` (`requester_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `meeting_requests_receiver_idx` ON `meeting_requests` (`receiver_id`,`status`);--> statement-breakpoint
CREATE TABLE `meeting_settings` (
	`user_id` text PRIMARY KEY NOT NULL,
	`incoming_cap` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`requester_id` text NOT NULL,
	`receiver_id` text NOT NULL,
	`status` text NOT NULL,
	`slot_id` text,
	`table_no` integer,
	`starts_at` integer,
	`ends_at` integer,
	`sequence` integer DEFAULT 0 NOT NULL,
	`requester_outcome` text,
	`receiver_outcome` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `meeting_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requester_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`receiver_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_request_id_unique` ON `meetings` (`request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_slot_table_uq` ON `meetings` (`slot_id`,`table_no`) WHERE status = 'scheduled';--> statement-breakpoint
CREATE INDEX `meetings_status_idx` ON `meetings` (`status`);--> statement-breakpoint
CREATE TABLE `moderation_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`organisation_id` text,
	`subject_id` text NOT NULL,
	`reason` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `moderation_log_org_idx` ON `moderation_log` (`organisation_id`,`at`);--> statement-breakpoint
CREATE TABLE `product_images` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`uploaded_by` text,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`variants` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `exhibitor_organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `product_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`number` integer NOT NULL,
	`status` text NOT NULL,
	`data` text NOT NULL,
	`rejection_reason` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_by` text,
	`submitted_at` integer,
	`decided_by` text,
	`decided_at` integer,
	FOREIGN KEY (`product_id`) REFERENCES `exhibitor_products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_revisions_product_number_uq` ON `product_revisions` (`product_id`,`number`);--> statement-breakpoint
CREATE INDEX `product_revisions_status_idx` ON `product_revisions` (`status`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `server_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `next_attempt_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `locked_until` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `failed_at` integer;--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`sent_at`,`failed_at`,`next_attempt_at`);