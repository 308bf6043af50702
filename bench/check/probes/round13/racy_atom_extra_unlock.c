/* racy: thread v unlocks twice, so it can release the lock while a w thread is inside its critical section, letting the other w in */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int counter;
static void lock(void) { while (atomic_exchange(&lk, 1) != 0) ; }
static void unlock(void) { atomic_store(&lk, 0); }
void *w(void *p) { (void)p; lock(); counter++; unlock(); return NULL; }
void *v(void *p) { (void)p; lock(); unlock(); unlock(); return NULL; }
int main(void) {
  pthread_t t[3];
  pthread_create(&t[0], NULL, w, NULL);
  pthread_create(&t[1], NULL, w, NULL);
  pthread_create(&t[2], NULL, v, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return counter;
}
