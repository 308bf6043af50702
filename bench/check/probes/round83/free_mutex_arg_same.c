/* TRUTH: free — both workers receive the same mutex m1 as argument */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
int total = 0;

void *worker(void *arg) {
  pthread_mutex_t *l = (pthread_mutex_t *)arg;
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++) {
    pthread_mutex_lock(l);
    total = total + 1;
    pthread_mutex_unlock(l);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, &m1);
  pthread_create(&b, 0, worker, &m1);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(total >= 2)) reach_error();
  return 0;
}
