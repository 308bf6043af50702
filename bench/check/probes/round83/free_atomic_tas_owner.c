/* TRUTH: free — test-and-set of taken happens in an atomic section; exactly one thread becomes owner and only it writes payload; main reads after joins */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 3
int taken = 0;
int payload = 0;

void *worker(void *arg) {
  int own = 0;
  __VERIFIER_atomic_begin();
  if (taken == 0) {
    taken = 1;
    own = 1;
  }
  __VERIFIER_atomic_end();
  if (own) {
    payload = payload + 10;
    payload = payload * 2;
  }
  return 0;
}

int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], 0, worker, 0);
  for (i = 0; i < N; i++)
    pthread_join(t[i], 0);
  if (!(payload == 20)) reach_error();
  return 0;
}
