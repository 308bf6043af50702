/* TRUTH: racy — m2 is a memcpy copy of m, a distinct mutex object; worker increments x under m2, main under m */
#include <pthread.h>
#include <string.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2;
int x;
void *w(void *a) { pthread_mutex_lock(&m2); x++; pthread_mutex_unlock(&m2); return 0; }
int main(void) {
  pthread_t t;
  memcpy(&m2, &m, sizeof m);
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return x;
}
