// racy: per-thread malloc'd arg with a _Bool id field; a->id = i stores 0,1,1, so threads 1 and 2 both write result[1].
#include <pthread.h>
#include <stdlib.h>
#define N 3
struct targ { _Bool id; };
long result[N];
void *w(void *p) {
  struct targ *a = p;
  result[a->id] += 1;
  free(a);
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    struct targ *a = malloc(sizeof *a);
    if (!a) return 1;
    a->id = i;
    pthread_create(&th[i], 0, w, a);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return (int)result[1];
}
