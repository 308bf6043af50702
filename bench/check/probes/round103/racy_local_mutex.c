/* TRUTH: racy — the mutex is a non-static local, so each call locks its own private mutex; 'shared_total' is unprotected */
#include <pthread.h>

int shared_total;

void add(int v) {
  pthread_mutex_t m;
  pthread_mutex_init(&m, 0);
  pthread_mutex_lock(&m);
  shared_total += v;
  pthread_mutex_unlock(&m);
  pthread_mutex_destroy(&m);
}

void *w(void *arg) { add(1); return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared_total;
}
