/* TRUTH: free — `snap` has atomic struct type: the writer's assignment is an atomic store and the reader's copy an atomic load (C11 6.2.6.1p9, seq_cst), so the two accesses do not race. */
#include <pthread.h>
struct pair { int a, b; };
static _Atomic struct pair snap;
static int out;
static void *writer(void *p) { (void)p; snap = (struct pair){1, 2}; return 0; }
static void *reader(void *p) {
  (void)p;
  struct pair v = snap;
  out = v.a + v.b;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, writer, 0);
  pthread_create(&y, 0, reader, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return out;
}
