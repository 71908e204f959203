CREATE TABLE `b2b_blocks` (
	`session_slug` text PRIMARY KEY NOT NULL,
	`meeting_minutes` integer NOT NULL,
	`changeover_minutes` integer NOT NULL,
	`tables` integer NOT NULL,
	FOREIGN KEY (`session_slug`) REFERENCES `programme_sessions`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `matchmaking_availability` (
	`user_id` text NOT NULL,
	`slot_id` text NOT NULL,
	PRIMARY KEY(`user_id`, `slot_id`),
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
CREATE INDEX `meetings_status_idx` ON `meetings` (`status`);