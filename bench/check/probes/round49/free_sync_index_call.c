/* TRUTH: free — arr[wait_idx()] store happens after the wait inside wait_idx */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int arr[2];
sem_t s;
void *ta(void *p) { arr[0] = 1; sem_post(&s); return 0; }
static int wait_idx(void) { sem_wait(&s); return 0; }
void *tb(void *p) { arr[wait_idx()] = 2; return 0; }
int main(void) {
  pthread_t ha, hb;
  sem_init(&s, 0, 0);
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
