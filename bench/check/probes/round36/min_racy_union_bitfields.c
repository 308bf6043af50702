/* TRUTH: racy — u.f.a and u.f.b are adjacent non-zero-width bit-fields of the same struct (one C11 memory location); the struct being a union member changes nothing: t1's u.f.a = 1 and t2's u.f.b = 1 (lines 4-5) are unordered conflicting writes. */
#include <pthread.h>
static union { struct { unsigned a : 4, b : 4; } f; int i; } u;
static void *t1(void *p) { u.f.a = 1; return 0; }
static void *t2(void *p) { u.f.b = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return u.i;
}
