/* TRUTH: racy — main writes x before any lock while the thread, after a usleep, writes x under a mutex main never takes first */
#include <pthread.h>
#include <unistd.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { usleep(1000); pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 1;
  pthread_join(th, 0);
  return x;
}
