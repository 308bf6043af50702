/* TRUTH: free — h read-locks rw and ends holding it; with v == 3 main waits for the write lock forever */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *hold(void *a) { pthread_rwlock_rdlock(&rw); return 0; }
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_t h;
  pthread_create(&h, 0, hold, 0);
  pthread_join(h, 0);
  pthread_create(&id, 0, t, 0);
  if (v == 3) {
    pthread_rwlock_wrlock(&rw);
    pthread_rwlock_unlock(&rw);
  }
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
