/* racy: main overwrites ids[i] right after creating thread i, while the thread reads ids[i] */
#include <pthread.h>
#include <assert.h>
#define N 4
int ids[N];
long acc[N + 1];
void *body(void *p) {
  int id = *(int *)p;
  for (int k = 0; k <= id; k++) acc[id] += k;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) ids[i] = N - 1 - i;
  for (int i = 0; i < N; i++) { pthread_create(&th[i], NULL, body, &ids[i]); ids[i] = N; }
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  return (int)acc[3];
}
