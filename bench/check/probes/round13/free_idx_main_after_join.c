/* race-free: main reads results[] only after joining every thread */
#include <pthread.h>
#include <assert.h>
#define N 3
int results[N];
void *sq(void *p) { long i = (long)p; results[i] = (int)(i * i); return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, sq, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int total = 0;
  for (int i = 0; i < N; i++) total += results[i];
  assert(total == 5);
  return 0;
}
