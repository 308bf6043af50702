/* TRUTH: racy — joins are done by join_all with count n-1, so the last worker is never joined and main reads its slot */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define MAXN 4
int slot[MAXN];

void *worker(void *arg) {
  int id = (int)(long)arg;
  slot[id] = id + 100;
  return 0;
}

void spawn_all(pthread_t *t, int n) {
  int i;
  for (i = 0; i < n; i++)
    pthread_create(&t[i], 0, worker, (void *)(long)i);
}

void join_all(pthread_t *t, int n) {
  int i;
  for (i = 0; i < n; i++)
    pthread_join(t[i], 0);
}

int main(void) {
  pthread_t t[MAXN];
  int n = __VERIFIER_nondet_int();
  int i, s = 0;
  __VERIFIER_assume(n >= 1 && n <= MAXN);
  spawn_all(t, n);
  join_all(t, n - 1);
  for (i = 0; i < n; i++) s += slot[i];
  if (s < 0) reach_error();
  return 0;
}
