// free: each malloc'd arg points its out field at results[i], distinct per thread.
#include <pthread.h>
#include <stdlib.h>
#define N 3
struct targ { int id; int *out; };
int results[N];
void *w(void *p) {
  struct targ *a = p;
  *a->out = a->id;
  free(a);
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    struct targ *a = malloc(sizeof *a);
    if (!a) return 1;
    a->id = i;
    a->out = &results[i];
    pthread_create(&th[i], 0, w, a);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return results[0];
}
