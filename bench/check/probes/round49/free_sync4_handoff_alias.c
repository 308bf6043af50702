/* TRUTH: free — main locks m through alias pm; handoff orders x = 2 before x = 1 */
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
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *pm = &m;
void *t(void *a) { pthread_mutex_lock(&m); pthread_mutex_unlock(&m); x = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_mutex_lock(pm);
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_mutex_unlock(pm);
  pthread_join(h, 0);
  return 0;
}
