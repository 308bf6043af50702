/* TRUTH: free — main waits for t1 (helper sem_wait) before creating t2 */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x;
sem_t s;
void *t1(void *p) { x = 1; sem_post(&s); return 0; }
void *t2(void *p) { x = 2; return 0; }
static void wait_t1(void) { sem_wait(&s); }
int main(void) {
  pthread_t h1, h2;
  sem_init(&s, 0, 0);
  pthread_create(&h1, 0, t1, 0);
  wait_t1();
  pthread_create(&h2, 0, t2, 0);
  pthread_join(h1, 0);
  pthread_join(h2, 0);
  return 0;
}
