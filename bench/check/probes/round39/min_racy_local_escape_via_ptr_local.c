/* TRUTH: racy — main hands its local to the worker as `q` and writes it (`v = 2`) after the create while the worker writes through the pointer. */
#include <pthread.h>
#include <stdint.h>
struct pair { int a; int b; };
static void *w(void *p) { *(int *)p = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = 0; int *q = &*&v;
  pthread_create(&t, 0, w, q);
  v = 2;
  pthread_join(t, 0);
  return 0;
}
