/* TRUTH: free — semaphore: producer writes slot then sem_post; consumer sem_wait before reading; post/wait gives happens-before */
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
  int v = __VERIFIER_nondet_int();
  __VERIFIER_assume(v >= 0 && v < 100);
  slot = v;
  sem_post(&full);
  return 0;
}

void *consumer(void *arg) {
  sem_wait(&full);
  int v = slot;
  if (!(v >= 0 && v < 100)) reach_error();
  slot = -1;
  return 0;
}

int main(void) {
  pthread_t p, c;
  sem_init(&full, 0, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
