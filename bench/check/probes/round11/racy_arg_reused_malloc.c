// racy: one malloc'd arg struct is reused; main writes a->id for the next thread while the previous thread reads a->id.
#include <pthread.h>
#include <stdlib.h>
#define N 3
struct targ { int id; };
void *w(void *p) {
  struct targ *a = p;
  long v = a->id * 2;
  return (void *)v;
}
int main(void) {
  pthread_t th[N];
  struct targ *a = malloc(sizeof *a);
  if (!a) return 1;
  for (int i = 0; i < N; i++) {
    a->id = i;
    pthread_create(&th[i], 0, w, a);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  free(a);
  return 0;
}
