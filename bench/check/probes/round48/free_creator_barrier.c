/* TRUTH: free — T1 writes x before the 2-party barrier; main passes the barrier and only then creates T2, which writes x */
#include <pthread.h>
int x; pthread_barrier_t b;
void *T1(void *a) { x = 1; pthread_barrier_wait(&b); return 0; }
void *T2(void *a) { x = 2; return 0; }
int main(void) {
  pthread_t a, c;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&a, 0, T1, 0);
  pthread_barrier_wait(&b);
  pthread_create(&c, 0, T2, 0);
  pthread_join(a, 0);
  pthread_join(c, 0);
  return x;
}
