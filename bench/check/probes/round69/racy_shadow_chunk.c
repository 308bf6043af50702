/* TRUTH: racy — the inner id (0) shadows the thread id, so every thread writes chunk 0 */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define CH 4
int a[N * CH];
void *w(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < CH; i++) {
    long id = 0;
    a[id * CH + i] = 1;
  }
  return (void *)id;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}
