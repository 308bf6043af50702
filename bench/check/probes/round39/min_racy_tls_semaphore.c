/* TRUTH: racy — a `__thread` semaphore initialized to 1 by each thread itself: each thread waits on its own copy, so the two `count++` are not excluded. */
#include <pthread.h>
#include <semaphore.h>
static __thread sem_t s;
static int count;
static void *w(void *p) {
  (void)p;
  sem_init(&s, 0, 1);
  sem_wait(&s);
  count++;
  sem_post(&s);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return count;
}
