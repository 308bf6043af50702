/* TRUTH: free — each thread writes out[id] with its own id */
#include <pthread.h>
#include <stdio.h>
#define N 4
int out[N];
void *w(void *arg) {
  long id = (long)arg;
  {
    long j = id;
    out[j] = 1;
  }
  return (void *)id;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
