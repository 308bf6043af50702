/* TRUTH: racy — both threads write x before reaching the barrier */
#include <pthread.h>
int x; pthread_barrier_t b;
void *A(void *a) { x = 1; pthread_barrier_wait(&b); return 0; }
void *B(void *a) { x = 2; pthread_barrier_wait(&b); return 0; }
int main(void) {
  pthread_t a, c;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&a, 0, A, 0);
  pthread_create(&c, 0, B, 0);
  pthread_join(a, 0); pthread_join(c, 0);
  return x;
}
