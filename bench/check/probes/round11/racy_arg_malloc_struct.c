// racy: one malloc'd struct is reused for all threads; main rewrites a->id for the next thread while earlier threads read it.
#include <pthread.h>
#include <stdlib.h>
#define N 5
struct targ { int id; int mult; };
long result[N];
void *w(void *p) {
  struct targ *a = p;
  int id = a->id;
  if (id >= 0 && id < N) result[id] = (long)id * a->mult;
  return 0;
}
int main(void) {
  pthread_t th[N];
  struct targ *a = malloc(sizeof *a);
  if (!a) return 1;
  a->mult = 3;
  for (int i = 0; i < N; i++) {
    a->id = i;
    pthread_create(&th[i], 0, w, a);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  free(a);
  return (int)result[N - 1];
}
