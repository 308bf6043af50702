/* TRUTH: racy. main starts T while holding m but releases m before joining T, so U can
   take m and write x while T writes x without the lock. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *T(void *arg) { x = 1; return NULL; }
void *U(void *arg) { pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t, u;
  pthread_create(&u, NULL, U, NULL);
  pthread_mutex_lock(&m);
  pthread_create(&t, NULL, T, NULL);
  pthread_mutex_unlock(&m);
  pthread_join(t, NULL);
  pthread_join(u, NULL);
  return x;
}
