/* TRUTH: racy — stats_snapshot copies the whole struct shared_stats without a lock while updater writes shared_stats.hits under the lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
struct stats {
  int hits;
  int misses;
} shared_stats;
struct stats snap;

void *updater(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++) {
    pthread_mutex_lock(&m);
    shared_stats.hits++;
    pthread_mutex_unlock(&m);
  }
  return 0;
}

void *snapshotter(void *arg) {
  snap = shared_stats;
  if (snap.hits < 0) reach_error();
  return 0;
}

int main(void) {
  pthread_t u, s;
  pthread_create(&u, 0, updater, 0);
  pthread_create(&s, 0, snapshotter, 0);
  pthread_join(u, 0);
  pthread_join(s, 0);
  return 0;
}
