/* TRUTH: free. A zero-width bit-field separates a and b into distinct memory locations
   (C11 3.14), so unlocked writes to bf.a and bf.b by different threads do not race. */
#include <pthread.h>
struct BF { unsigned a : 4; unsigned : 0; unsigned b : 4; };
static struct BF bf;
static void *wa(void *v) { (void)v; bf.a = 3; return NULL; }
static void *wb(void *v) { (void)v; bf.b = 5; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wa, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return bf.a + bf.b;
}
