/* TRUTH: free — join is conditional on a nondet value but the read of result is under the same condition (flag saved in local) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int result = 0;
int input[6];

void *worker(void *arg) {
  int i;
  for (i = 0; i < 6; i++)
    result += input[i];
  return 0;
}

int main(void) {
  pthread_t t;
  int i;
  for (i = 0; i < 6; i++) input[i] = __VERIFIER_nondet_int();
  pthread_create(&t, 0, worker, 0);
  int wait = __VERIFIER_nondet_int();
  if (wait)
    pthread_join(t, 0);
  if (wait) {
    int r = result;
    if (r > 1000) reach_error();
  }
  return 0;
}
