/* TRUTH: racy — producer posts before writing msg; consumer's read after sem_wait is unordered with the write */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
sem_t full;
int msg;
void *producer(void *arg) { sem_post(&full); msg = 99; return NULL; }
void *consumer(void *arg) { sem_wait(&full); if (msg != 99 && msg != 0) reach_error(); return NULL; }
int main(void) {
  sem_init(&full, 0, 0);
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL); pthread_join(c, NULL);
  return 0;
}
