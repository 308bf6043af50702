// racy: each thread uses a different binary semaphore as its "lock" around the same counter.
#include <pthread.h>
#include <semaphore.h>
sem_t s1, s2;
int counter;
void *w(void *a) {
  sem_t *s = a;
  sem_wait(s);
  counter++;
  sem_post(s);
  return 0;
}
int main(void) {
  pthread_t a, b;
  sem_init(&s1, 0, 1);
  sem_init(&s2, 0, 1);
  pthread_create(&a, 0, w, &s1);
  pthread_create(&b, 0, w, &s2);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
