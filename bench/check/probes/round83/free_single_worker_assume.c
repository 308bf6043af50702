/* TRUTH: free — assumption restricts n to 0..1 so at most one worker exists; main touches hits only after joining it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define MAXT 4
int hits = 0;
int log_buf[8];

void *worker(void *arg) {
  int k;
  for (k = 0; k < 8; k++) {
    log_buf[k] = k;
    hits++;
  }
  return 0;
}

int main(void) {
  pthread_t t[MAXT];
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n >= 0 && n <= 1);
  for (i = 0; i < n; i++)
    pthread_create(&t[i], 0, worker, 0);
  for (i = 0; i < n; i++)
    pthread_join(t[i], 0);
  if (!(hits == 8 * n)) reach_error();
  if (n == 1 && !(log_buf[7] == 7)) reach_error();
  return 0;
}
