/* TRUTH: free — rec.v[0] and rec.v[1] are different elements of an array member; ta and tb write different ones. */
#include <pthread.h>
static struct { int n; int v[2]; } rec;
static void *ta(void *p) { (void)p; rec.v[0] = 5; return 0; }
static void *tb(void *p) { (void)p; rec.v[1] = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return rec.v[1];
}
