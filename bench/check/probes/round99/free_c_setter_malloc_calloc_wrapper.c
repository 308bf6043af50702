/* TRUTH: free — set_alloc(malloc) only; the workers each get a fresh block */
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
static void set_alloc(void *(*f)(size_t)) { my_alloc = f; }
int main(void) {
  set_alloc(malloc);
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker, 0);
  pthread_create(&t2, 0, worker, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
