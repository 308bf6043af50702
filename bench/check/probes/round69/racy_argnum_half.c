/* TRUTH: racy — (void *)(long)(i / 2) gives threads 0 and 1 the same index 0 */
#include <pthread.h>
#include <stdio.h>
#define N 4
int out[N];
void *w(void *arg) {
  long id = (long)arg;
  out[id] = 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(long)(i / 2));
  for (int i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
