// racy: the _Thread_local pointer tp is per thread, but every copy points at the one global 'shared', incremented unlocked.
#include <pthread.h>
int shared;
static _Thread_local int *tp = &shared;
void *w(void *a) {
  (*tp)++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
