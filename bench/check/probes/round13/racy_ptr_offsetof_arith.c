/* racy: thread B computes the address with offsetof(struct S, a), i.e. it writes s.a like thread A */
#include <pthread.h>
#include <stddef.h>
struct S { int a; long b; } s;
void *A(void *p) { (void)p; s.a = 3; return NULL; }
void *B(void *p) { (void)p; int *ap = (int *)((char *)&s + offsetof(struct S, a)); *ap = 4; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return s.a;
}
