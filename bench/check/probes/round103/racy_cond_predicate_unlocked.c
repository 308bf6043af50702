/* TRUTH: racy — the waiter polls 'ready' without the mutex while the setter writes it under the mutex */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready;

void *setter(void *arg) {
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}

void *waiter(void *arg) {
  while (!ready) {
    pthread_mutex_lock(&m);
    if (!ready)
      pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  pthread_t s, w;
  pthread_create(&w, 0, waiter, 0);
  pthread_create(&s, 0, setter, 0);
  pthread_join(s, 0);
  pthread_join(w, 0);
  return 0;
}
