/* TRUTH: racy — two workers post, main waits once: only one worker is ordered before main's reads */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#include <stdlib.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void reach_error(void);
int res[2]; sem_t s;
void *worker(void *arg) { long id = (long)arg; res[id] = 7; sem_post(&s); return 0; }
int main(void) { pthread_t t[2]; sem_init(&s, 0, 0); for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, (void *)i);
  sem_wait(&s);
  int v = res[0] + res[1]; (void)v; return 0; }
