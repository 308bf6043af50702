/* racy: u.i and u.f share storage; one thread writes u.i and another writes u.f concurrently */
#include <pthread.h>
union U { int i; float f; } u;
void *A(void *p) { (void)p; u.i = 1; return NULL; }
void *B(void *p) { (void)p; u.f = 2.0f; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return u.i;
}
