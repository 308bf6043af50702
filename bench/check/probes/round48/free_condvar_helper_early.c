/* TRUTH: free — read_data() is defined first but is called only after await_ready() returned from the condition wait */
#include <pthread.h>
int data; int ready; int out; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void read_data(void) { out = data; }
static void await_ready(void) {
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
}
void *cons(void *a) { await_ready(); read_data(); return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, cons, 0);
  data = 5;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_broadcast(&c); pthread_mutex_unlock(&m);
  pthread_join(th, 0);
  return out;
}
