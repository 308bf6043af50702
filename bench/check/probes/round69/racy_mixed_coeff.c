/* TRUTH: racy — thread 3 reads a[4], which thread 2 writes as a[2*2] */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define CH 4
int a[16];
int sink[16];
void *w(void *arg) {
  long id = (long)arg;
  a[2 * id] = 1;
  sink[id] += a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}
