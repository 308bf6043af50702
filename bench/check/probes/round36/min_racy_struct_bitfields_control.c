/* TRUTH: racy — control for min_racy_union_bitfields without the union: s.f.a and s.f.b are adjacent bit-fields (one memory location), written concurrently by t1 and t2 (lines 4-5). */
#include <pthread.h>
static struct { struct { unsigned a : 4, b : 4; } f; int i; } s;
static void *t1(void *p) { s.f.a = 1; return 0; }
static void *t2(void *p) { s.f.b = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return s.i;
}
