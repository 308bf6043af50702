/* TRUTH: free — memcpy into s.a in one thread and plain write of s.b in the other: distinct fields */
#include <pthread.h>
#include <string.h>
#include <stdio.h>
struct S { int a[4]; int b; } s;
void *t1(void *x) { int src[4] = {1, 2, 3, 4}; memcpy(s.a, src, sizeof src); return 0; }
void *t2(void *x) { s.b = 9; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d %d\n", s.a[3], s.b); return 0;
}
