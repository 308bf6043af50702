/* TRUTH: free — relocking a PTHREAD_MUTEX_NORMAL mutex deadlocks, so main never reaches g = 2 */
#include <pthread.h>
int g; pthread_mutex_t m;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_mutexattr_t at; pthread_mutexattr_init(&at); pthread_mutexattr_settype(&at, PTHREAD_MUTEX_NORMAL);
  pthread_mutex_init(&m, &at);
  pthread_t th; pthread_create(&th, 0, t, 0);
  pthread_mutex_lock(&m); pthread_mutex_lock(&m);
  g = 2;
  pthread_mutex_unlock(&m); pthread_join(th, 0); return 0;
}
