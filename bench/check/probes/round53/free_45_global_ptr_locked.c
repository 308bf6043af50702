/* TRUTH: free — shared pointer set before threads start; the pointed-to stats are only modified under stats_lock */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_45_global_ptr_locked.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
struct stats { int ok; int fail; };
struct stats *g_stats;
pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;

void *requester(void *arg) {
  int good = __VERIFIER_nondet_int();
  pthread_mutex_lock(&stats_lock);
  if (good) g_stats->ok++;
  else g_stats->fail++;
  pthread_mutex_unlock(&stats_lock);
  return NULL;
}

int main(void) {
  g_stats = calloc(1, sizeof(struct stats));
  if (!g_stats) return 0;
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, requester, NULL);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  if (g_stats->ok + g_stats->fail != 4) reach_error();
  free(g_stats);
  return 0;
}
