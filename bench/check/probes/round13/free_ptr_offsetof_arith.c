/* race-free: thread B writes s.b via (char*)&s + offsetof(struct S, b); thread A writes s.a directly */
#include <pthread.h>
#include <stddef.h>
#include <assert.h>
struct S { int a; long b; } s;
void *A(void *p) { (void)p; s.a = 3; return NULL; }
void *B(void *p) { (void)p; long *bp = (long *)((char *)&s + offsetof(struct S, b)); *bp = 4; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  assert(s.a == 3 && s.b == 4);
  return 0;
}
