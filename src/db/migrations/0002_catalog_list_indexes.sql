CREATE INDEX "listings_published_idx" ON "listings" USING btree ("kind","status","published_at","id");--> statement-breakpoint
CREATE INDEX "listings_trl_idx" ON "listings" USING btree ("kind","status","trl","id");--> statement-breakpoint
CREATE INDEX "listings_deadline_idx" ON "listings" USING btree ("kind","status","deadline","id");--> statement-breakpoint
CREATE INDEX "listings_queue_idx" ON "listings" USING btree ("status","submitted_at","id");