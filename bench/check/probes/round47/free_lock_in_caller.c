/* TRUTH: free — update_stats() touches stats without locking, but its only callers hold sm around the call */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

struct stats { int n; int sum; int max; } stats;
pthread_mutex_t sm = PTHREAD_MUTEX_INITIALIZER;

static void update_stats(int v) {
  stats.n++;
  stats.sum += v;
  if (v > stats.max) stats.max = v;
}

void *sampler(void *arg) {
  int i;
  for (i = 0; i < 2; i++) {
    int v = __VERIFIER_nondet_int() & 0xff;
    pthread_mutex_lock(&sm);
    update_stats(v);
    pthread_mutex_unlock(&sm);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, sampler, 0);
  pthread_create(&b, 0, sampler, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (stats.n != 4) reach_error();
  return 0;
}
