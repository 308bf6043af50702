// free: A creates B and returns; main joins A, then joins B (handle is global, written by A before A ends), then reads x.
#include <pthread.h>
int x;
pthread_t b;
void *B(void *a) { x = 1; return 0; }
void *A(void *a) {
  pthread_create(&b, 0, B, 0);
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, A, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
