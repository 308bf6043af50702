/* TRUTH: free — (unsigned)(id + 1) % 3 for ids 0..2 gives 1,2,0: distinct slots */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[3];
void *f(void *p) {
  long id = (long)p;
  data[(unsigned)(id + 1) % 3] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", data[0], data[1], data[2]);
  return 0;
}
