/* TRUTH: free — after creating worker i main waits on the condvar until done > i; each worker bumps done under the mutex after its x++ */
#include <pthread.h>
int x; int done; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w(void *a) {
  x++;
  pthread_mutex_lock(&m); done++; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) {
    pthread_create(&t[i], 0, w, 0);
    pthread_mutex_lock(&m);
    while (done <= i) pthread_cond_wait(&c, &m);
    pthread_mutex_unlock(&m);
  }
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return x;
}
