/* TRUTH: free — main posts after create; t reads h after sem_wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
pthread_t h;
unsigned long seen;
sem_t s;
void *t(void *p) { sem_wait(&s); seen = (unsigned long)h; return 0; }
int main(void) {
  sem_init(&s, 0, 0);
  pthread_create(&h, 0, t, 0);
  sem_post(&s);
  pthread_join(h, 0);
  return 0;
}
