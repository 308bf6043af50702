/* TRUTH: free — calls is a _Thread_local static, so each thread has its own copy; results[id] disjoint per thread */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 2
int results[N];

void *worker(void *arg) {
  static _Thread_local int calls = 0;
  int id = *(int *)arg;
  int i, acc = 0;
  calls++;
  for (i = 0; i <= id; i++)
    acc += i;
  results[id] = acc + calls - 1;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int ids[N];
  int i;
  for (i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, worker, &ids[i]);
  }
  for (i = 0; i < N; i++)
    pthread_join(t[i], 0);
  if (!(results[1] == 1)) reach_error();
  return 0;
}
