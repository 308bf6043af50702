// free: each thread gets its own malloc'd struct with an id; writes result[id]; frees its arg.
#include <pthread.h>
#include <stdlib.h>
#define N 5
struct targ { int id; int mult; };
long result[N];
void *w(void *p) {
  struct targ *a = p;
  result[a->id] = (long)a->id * a->mult;
  free(a);
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    struct targ *a = malloc(sizeof *a);
    if (!a) return 1;
    a->id = i;
    a->mult = 3;
    pthread_create(&th[i], 0, w, a);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return (int)result[N - 1];
}
