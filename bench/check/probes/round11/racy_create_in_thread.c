// racy: thread A creates B and writes x before joining B, which also writes x.
#include <pthread.h>
int x;
void *B(void *a) { x = 1; return 0; }
void *A(void *a) {
  pthread_t b;
  pthread_create(&b, 0, B, 0);
  x = x + 1;
  pthread_join(b, 0);
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, A, 0);
  pthread_join(a, 0);
  return x;
}
