/* TRUTH: racy — hooks installed from a compound-literal struct whose alloc member is scratch_alloc */
#include <pthread.h>
#include <stdlib.h>
static void *(*my_alloc)(size_t) = malloc;
static char scratch[64];
static void *scratch_alloc(size_t n) { (void)n; return scratch; }   /* one static block */
static void *worker(void *a) {
  (void)a;
  int *p = my_alloc(sizeof *p);
  if (!p) return 0;
  *p = 1;
  return 0;
}
struct hooks { void *(*alloc)(size_t); void (*release)(void *); };
static void set_hooks(struct hooks h) { my_alloc = h.alloc; }
int main(void) {
  set_hooks((struct hooks){ .alloc = scratch_alloc, .release = free });
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker, 0);
  pthread_create(&t2, 0, worker, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
