/* TRUTH: free — i - 1 runs over 0..CH-1, own chunk only */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define CH 4
int a[17];
void *w(void *arg) {
  long id = (long)arg;
  for (int i = 1; i <= CH; i++) a[id * CH + i - 1] = 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}
