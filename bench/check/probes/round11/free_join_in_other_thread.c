// free: main creates B then A (passing B's handle); A joins B then writes x; main joins A then reads x.
#include <pthread.h>
int x;
void *B(void *a) { x = 1; return 0; }
void *A(void *a) {
  pthread_t *pb = a;
  pthread_join(*pb, 0);
  x = 2;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, B, 0);
  pthread_create(&a, 0, A, &b);
  pthread_join(a, 0);
  return x;
}
