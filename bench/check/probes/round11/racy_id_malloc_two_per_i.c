// racy: for each i two threads get separate malloc'd args both with id i, and both write result[i].
#include <pthread.h>
#include <stdlib.h>
#define N 3
struct targ { int id; };
long result[N];
void *w(void *p) {
  struct targ *a = p;
  result[a->id] = a->id;
  free(a);
  return 0;
}
int main(void) {
  pthread_t th[2 * N];
  for (int i = 0; i < N; i++) {
    for (int k = 0; k < 2; k++) {
      struct targ *a = malloc(sizeof *a);
      if (!a) return 1;
      a->id = i;
      pthread_create(&th[2 * i + k], 0, w, a);
    }
  }
  for (int i = 0; i < 2 * N; i++) pthread_join(th[i], 0);
  return (int)result[0];
}
