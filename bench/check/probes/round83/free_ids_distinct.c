/* TRUTH: free — ids[i] = i, each thread writes only its own part[id]; main sums after joining all */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 3
int part[N];
int ids[N];

void *worker(void *arg) {
  int id = *(int *)arg;
  int k, s = 0;
  for (k = 0; k < 4; k++) s += k * (id + 1);
  part[id] = s;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int i, total = 0;
  for (i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, worker, &ids[i]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  for (i = 0; i < N; i++) total += part[i];
  if (!(total == 36)) reach_error();
  return 0;
}
