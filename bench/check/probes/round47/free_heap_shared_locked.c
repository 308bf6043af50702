/* TRUTH: free — a heap-allocated shared state is passed to both threads; all of its fields are accessed under the global lock */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }

struct state { int hits; int misses; };
pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;

void *hit(void *p) {
  struct state *s = p;
  pthread_mutex_lock(&g);
  s->hits++;
  pthread_mutex_unlock(&g);
  return 0;
}
void *miss(void *p) {
  struct state *s = p;
  pthread_mutex_lock(&g);
  s->misses++;
  s->hits = s->hits > 0 ? s->hits - 1 : 0;
  pthread_mutex_unlock(&g);
  return 0;
}

int main(void) {
  struct state *s = calloc(1, sizeof *s);
  pthread_t a, b;
  if (!s) return 0;
  pthread_create(&a, 0, hit, s);
  pthread_create(&b, 0, miss, s);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (s->misses != 1) reach_error();
  free(s);
  return 0;
}
