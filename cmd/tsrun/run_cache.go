package main

import "github.com/spf13/cobra"

// The compiled-module cache (package cache) is on by default, in
// $TSRUN_CACHE_DIR or the user cache folder; --no-cache runs without
// reading or writing it (to measure a cold start, or on a read-only home).

func addCacheFlag(cmd *cobra.Command) {
	cmd.Flags().Bool("no-cache", false, "don't read or write the compiled-module cache ($TSRUN_CACHE_DIR, else the user cache folder)")
}

func noCache(cmd *cobra.Command) bool {
	v, _ := cmd.Flags().GetBool("no-cache")
	return v
}
