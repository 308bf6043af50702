/* race-free: thread A writes s.a, thread B writes s.b; distinct non-bitfield members are separate memory locations */
#include <pthread.h>
#include <assert.h>
struct S { int a; short b; char c; } s;
void *A(void *p) { (void)p; for (int i = 0; i < 5; i++) s.a += i; return NULL; }
void *B(void *p) { (void)p; for (int i = 0; i < 5; i++) s.b -= 1; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  assert(s.a == 10 && s.b == -5);
  return 0;
}
