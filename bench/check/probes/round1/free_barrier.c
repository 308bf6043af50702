/* TRUTH: free. Phase 1: each thread writes its own half; barrier (count 2, one wait each);
   phase 2: each reads the other's half. */
#include <pthread.h>
int half[2];
pthread_barrier_t bar;
void *t0(void *arg) { half[0] = 1; pthread_barrier_wait(&bar); return (void *)(long)half[1]; }
void *t1(void *arg) { half[1] = 2; pthread_barrier_wait(&bar); return (void *)(long)half[0]; }
int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&bar, NULL, 2);
  pthread_create(&a, NULL, t0, NULL);
  pthread_create(&b, NULL, t1, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
