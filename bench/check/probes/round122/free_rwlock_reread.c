/* TRUTH: free — main reads x only when i != 0, holding rw for reading since the first rdlock (a nested rdlock/unlock keeps one); t writes x under the write lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *t(void *a) { pthread_rwlock_wrlock(&rw); x = 1; pthread_rwlock_unlock(&rw); return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  int r = 0;
  pthread_create(&id, 0, t, 0);
  if (i) pthread_rwlock_rdlock(&rw);
  pthread_rwlock_rdlock(&rw);
  pthread_rwlock_unlock(&rw);
  if (i) { r = x; pthread_rwlock_unlock(&rw); }
  pthread_join(id, 0);
  return r;
}
