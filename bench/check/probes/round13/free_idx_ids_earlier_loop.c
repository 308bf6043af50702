/* race-free: ids[] is written in a first loop, threads created in a second loop only read their own ids[i] */
#include <pthread.h>
#include <assert.h>
#define N 4
int ids[N];
long acc[N];
void *body(void *p) {
  int id = *(int *)p;
  for (int k = 0; k <= id; k++) acc[id] += k;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) ids[i] = N - 1 - i;
  for (int i = 0; i < N; i++) pthread_create(&th[i], NULL, body, &ids[i]);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  assert(acc[3] == 6);
  return 0;
}
