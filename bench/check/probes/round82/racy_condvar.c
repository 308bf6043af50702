/* TRUTH: racy — payload written after the signal/unlock, so read may be concurrent */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int ready; int payload;
void *p(void *a) { pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); payload = 7; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, p, 0);
  pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&c, &m); pthread_mutex_unlock(&m);
  printf("%d\n", payload);
  pthread_join(th, 0); return 0;
}
