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
	`availability` text DEFAULT '[]' NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`accepts_requests` integer DEFAULT true NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
