/* TRUTH: free — f1 locks m directly, f2 locks *pm where pm is a global initialized to &m and never changed: same mutex */
#include <pthread.h>
int shared;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *const pm = &m;
void *f1(void *a) { pthread_mutex_lock(&m); shared = 1; pthread_mutex_unlock(&m); return 0; }
void *f2(void *a) { pthread_mutex_lock(pm); shared = 2; pthread_mutex_unlock(pm); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, f1, 0);
  pthread_create(&b, 0, f2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return shared;
}
