/* TRUTH: free — the inner handler (x++) and outer handler (y++) run at their pops, both after the atomic spin that main releases after writing x and y */
#include <pthread.h>
#include <stdatomic.h>
int x, y; atomic_int go;
static void h_in(void *a) { x++; }
static void h_out(void *a) { y++; }
void *t(void *a) {
  pthread_cleanup_push(h_out, 0);
  pthread_cleanup_push(h_in, 0);
  while (!atomic_load(&go)) ;
  pthread_cleanup_pop(1);
  pthread_cleanup_pop(1);
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 1; y = 2;
  atomic_store(&go, 1);
  pthread_join(th, 0);
  return x + y;
}
