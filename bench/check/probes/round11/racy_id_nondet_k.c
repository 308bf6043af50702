// racy: k only advances when a nondet coin says so, so consecutive threads can receive the same id k and write data[k].
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define N 3
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  int k = 0;
  for (int i = 0; i < N; i++) {
    pthread_create(&th[i], 0, w, (void *)(long)k);
    if (__VERIFIER_nondet_int()) k++;
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return data[0];
}
