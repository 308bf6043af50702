/* TRUTH: racy — set_alloc(choose()) where choose() returns scratch_alloc; both workers get the same static block */
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
typedef void *(*alloc_fn)(size_t);
static void set_alloc(alloc_fn f) { my_alloc = f; }
static alloc_fn choose(void) { return scratch_alloc; }
int main(void) {
  set_alloc(choose());
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker, 0);
  pthread_create(&t2, 0, worker, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
