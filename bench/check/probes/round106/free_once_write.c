/* TRUTH: free — the only write to shared[0] happens in the pthread_once init routine; all instances read shared[0] after pthread_once returns (once completion synchronises) */
#include <pthread.h>
#include <stdio.h>
#define N 3
int shared[2];
int out[N];
pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void) { shared[0] = 42; }
void *f(void *p) {
  long id = (long)p;
  pthread_once(&once, init);
  out[id] = shared[id % 2 * 0];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[2]);
  return 0;
}
