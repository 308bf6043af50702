// racy: one int in main is reused as arg; main writes v = i for each thread while earlier threads read *p.
#include <pthread.h>
#define N 3
void *w(void *p) {
  long v = *(int *)p * 2;
  return (void *)v;
}
int main(void) {
  pthread_t th[N];
  int v;
  for (int i = 0; i < N; i++) {
    v = i;
    pthread_create(&th[i], 0, w, &v);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return 0;
}
