/* TRUTH: racy — union array element u[0].f: t1 writes bit-field a, t2 increments adjacent bit-field b of the same struct (lines 4-5): same memory location, unordered. */
#include <pthread.h>
static union { struct { unsigned a : 4, b : 4; } f; int i; } u[2];
static void *t1(void *p) { u[0].f.a = 1; return 0; }
static void *t2(void *p) { u[0].f.b++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return u[0].i;
}
