/* TRUTH: racy — both updater threads write version while holding only the read lock, which two threads can hold at once */
#include <pthread.h>
static int version;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static void *updater(void *a) { (void)a; pthread_rwlock_rdlock(&rw); version = version + 1; pthread_rwlock_unlock(&rw); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, updater, 0); pthread_create(&b, 0, updater, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return version;
}
