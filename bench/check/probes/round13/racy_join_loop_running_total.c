/* racy: running total recomputed over all slots after each join; slots of threads not yet joined are still being written */
#include <pthread.h>
#define N 4
int slot[N];
void *w(void *p) { long i = (long)p; slot[i] = (int)i * 3; return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  int total = 0;
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], NULL);
    total = 0;
    for (int j = 0; j < N; j++) total += slot[j];
  }
  return total;
}
