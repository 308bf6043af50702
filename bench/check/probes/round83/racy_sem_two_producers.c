/* TRUTH: racy — two producers each write slot and post; the two producer writes of slot are unordered with each other */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <semaphore.h>
sem_t full;
int slot;

void *producer(void *arg) {
  int v = *(int *)arg;
  slot = v;
  sem_post(&full);
  return 0;
}

void *consumer(void *arg) {
  sem_wait(&full);
  sem_wait(&full);
  int v = slot;
  if (!(v == 1 || v == 2)) reach_error();
  return 0;
}

int main(void) {
  pthread_t p1, p2, c;
  int a = 1, b = 2;
  sem_init(&full, 0, 0);
  pthread_create(&p1, 0, producer, &a);
  pthread_create(&p2, 0, producer, &b);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p1, 0);
  pthread_join(p2, 0);
  pthread_join(c, 0);
  return 0;
}
