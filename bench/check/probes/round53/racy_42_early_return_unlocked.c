/* TRUTH: racy — when the request size exceeds the limit the thread bumps oversize without taking stats_m (and both threads may do so) */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_42_early_return_unlocked.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t stats_m = PTHREAD_MUTEX_INITIALIZER;
int served, oversize;

void *serve(void *arg) {
  int sz = __VERIFIER_nondet_int();
  char *p = malloc(16);
  if (!p) return NULL;
  if (sz > 5) {
    oversize++;
    free(p);
    return NULL;
  }
  pthread_mutex_lock(&stats_m);
  served++;
  oversize = oversize;
  pthread_mutex_unlock(&stats_m);
  free(p);
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, serve, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (served + oversize > 2) reach_error();
  return 0;
}
