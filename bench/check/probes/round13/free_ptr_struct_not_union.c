/* race-free: same code as the union version but with a struct, so i and f are distinct objects */
#include <pthread.h>
#include <assert.h>
struct U { int i; float f; } u;
void *A(void *p) { (void)p; u.i = 1; return NULL; }
void *B(void *p) { (void)p; u.f = 2.0f; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  assert(u.i == 1);
  return 0;
}
