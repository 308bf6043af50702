/* TRUTH: racy — `a` and `b` are adjacent non-zero-width bit-fields, one memory location in C11 even though with `char` units they sit in different bytes; thread ta writes w.a while tb writes w.b. */
#include <pthread.h>
struct word {
  unsigned char a : 7;
  unsigned char b : 7;
} w;
static void *ta(void *v) { (void)v; w.a = 5; return 0; }
static void *tb(void *v) { (void)v; w.b = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
