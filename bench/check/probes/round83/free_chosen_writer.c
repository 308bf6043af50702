/* TRUTH: free — only the thread whose id equals chosen writes winner; chosen is fixed before any thread starts; main reads after joins */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 4
int chosen;
int winner = -1;
int ids[N];

void *worker(void *arg) {
  int id = *(int *)arg;
  if (id == chosen) {
    winner = id;
  }
  return 0;
}

int main(void) {
  pthread_t t[N];
  int i;
  chosen = __VERIFIER_nondet_int();
  if (!(chosen >= 0 && chosen < N)) abort();
  for (i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, worker, &ids[i]);
  }
  for (i = 0; i < N; i++)
    pthread_join(t[i], 0);
  if (!(winner == chosen)) reach_error();
  return 0;
}
