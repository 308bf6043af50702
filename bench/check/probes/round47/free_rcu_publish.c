/* TRUTH: free — the config object is fully initialized before being published with a release store; readers acquire-load the pointer and only read */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }

struct cfg { int threshold; int scale; };
struct cfg *current;

void *updater(void *arg) {
  struct cfg *n = malloc(sizeof *n);
  if (!n) return 0;
  n->threshold = 10;
  n->scale = 3;
  __atomic_store_n(&current, n, __ATOMIC_RELEASE);
  return 0;
}

void *reader(void *arg) {
  struct cfg *c = __atomic_load_n(&current, __ATOMIC_ACQUIRE);
  if (c != NULL) {
    if (c->threshold * c->scale != 30) reach_error();
  }
  return 0;
}

int main(void) {
  pthread_t u, r1, r2;
  pthread_create(&r1, 0, reader, 0);
  pthread_create(&u, 0, updater, 0);
  pthread_create(&r2, 0, reader, 0);
  pthread_join(u, 0);
  pthread_join(r1, 0);
  pthread_join(r2, 0);
  free(current);
  return 0;
}
