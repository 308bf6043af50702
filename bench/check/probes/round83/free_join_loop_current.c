/* TRUTH: free — inside the join loop main reads only part[i] of the thread just joined */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 4
int part[N];

void *worker(void *arg) {
  int id = (int)(long)arg;
  part[id] = id * id;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int i, sum = 0;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], 0, worker, (void *)(long)i);
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += part[i];
  }
  if (!(sum == 14)) reach_error();
  return 0;
}
