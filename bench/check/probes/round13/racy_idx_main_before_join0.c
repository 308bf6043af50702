/* racy: join loop starts at 1, so main reads results[0] while thread 0 may still write it */
#include <pthread.h>
#include <assert.h>
#define N 3
int results[N];
void *sq(void *p) { long i = (long)p; results[i] = (int)(i * i); return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, sq, (void *)i);
  for (int i = 1; i < N; i++) pthread_join(t[i], NULL);
  int total = 0;
  for (int i = 0; i < N; i++) total += results[i];
  return total;
}
