/* TRUTH: racy — two threads increment counter with no synchronization */
#include <pthread.h>
int counter;
void *inc(void *a) { counter++; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, inc, 0);
  pthread_create(&t2, 0, inc, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return counter;
}
