/* TRUTH: free. Bit-fields a and b are separated by the non-bit-field member c, so they are
   distinct memory locations; threads write a and b respectively. */
#include <pthread.h>
struct BF { unsigned a : 4; char c; unsigned b : 4; };
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
