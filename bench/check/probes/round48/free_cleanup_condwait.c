/* TRUTH: free — the handler writing data runs at pop(1), after the condition wait saw ready (set under m after main wrote data); nothing cancels the thread */
#include <pthread.h>
int data; int ready; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void finish(void *a) { data *= 2; }
void *t(void *a) {
  pthread_cleanup_push(finish, 0);
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  pthread_cleanup_pop(1);
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  data = 21;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  pthread_join(th, 0);
  return data;
}
