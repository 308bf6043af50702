/* TRUTH: free — *pi is i, in 0..CH-1: own chunk */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define CH 4
int a[17];
void *w(void *arg) {
  long id = (long)arg;
  int i; int *pi = &i;
  for (i = 0; i < CH; i++) { a[id * CH + *pi] = 1; }
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}
