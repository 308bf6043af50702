/* TRUTH: free — t1 waits (helper) for main x = 1 before creating t2 */
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
void *t2(void *p) { x = 2; return 0; }
static void wait_main(void) { sem_wait(&s); }
void *t1(void *p) { pthread_t h2; wait_main(); pthread_create(&h2, 0, t2, 0); pthread_join(h2, 0); return 0; }
int main(void) {
  pthread_t h1;
  sem_init(&s, 0, 0);
  pthread_create(&h1, 0, t1, 0);
  x = 1;
  sem_post(&s);
  pthread_join(h1, 0);
  return 0;
}
