/* race-free: each thread gets a fresh heap struct, but all of them point to the ONE shared mutex that guards 'shared' */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
struct targ { pthread_mutex_t *m; int id; };
int shared;
void *w(void *p) {
  struct targ *a = p;
  pthread_mutex_lock(a->m);
  shared += a->id;
  pthread_mutex_unlock(a->m);
  free(a);
  return NULL;
}
int main(void) {
  static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    struct targ *a = malloc(sizeof *a);
    if (!a) return 1;
    a->m = &lock;
    a->id = i + 1;
    pthread_create(&t[i], NULL, w, a);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(shared == 3);
  return 0;
}
