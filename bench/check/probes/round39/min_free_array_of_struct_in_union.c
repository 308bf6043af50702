/* TRUTH: free — in `union { struct {int k, v;} e[2]; int raw[4]; }`, u.e[1].v is raw index 3 and u.raw[0] index 0: the two writes touch different ints. */
#include <pthread.h>
static union { struct { int k, v; } e[2]; int raw[4]; } u;
static void *ta(void *p) { (void)p; u.e[1].v = 5; return 0; }
static void *tb(void *p) { (void)p; u.raw[0] = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return u.raw[0];
}
