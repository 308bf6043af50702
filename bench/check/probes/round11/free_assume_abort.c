// free: assume_abort_if_not bounds k; worker loops k times incrementing cnt under mutex m; main reads after join.
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int cond) { if (!cond) abort(); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int cnt;
int k;
void *w(void *a) {
  for (int i = 0; i < k; i++) {
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
  }
  return 0;
}
int main(void) {
  k = __VERIFIER_nondet_int();
  assume_abort_if_not(k >= 0 && k < 10);
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cnt;
}
