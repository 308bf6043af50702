/* TRUTH: free — each thread is joined in the same iteration it was created, before round_no is written again */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 3
int round_no = 0;
int seen[N];

void *worker(void *arg) {
  int id = *(int *)arg;
  seen[id] = round_no;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int ids[N];
  int i;
  for (i = 0; i < N; i++) {
    round_no = round_no + 1;
    ids[i] = i;
    pthread_create(&t[i], 0, worker, &ids[i]);
    pthread_join(t[i], 0);
  }
  if (!(seen[2] == 3)) reach_error();
  return 0;
}
