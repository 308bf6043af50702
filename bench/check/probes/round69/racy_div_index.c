/* TRUTH: racy — ids 0 and 1 both write a[0] */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define CH 4
int a[16];
void *w(void *arg) {
  long id = (long)arg;
  a[id / 2] = 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}
