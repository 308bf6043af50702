/* TRUTH: free — the consumer reads data in round 1 only, after round 0's condition wait saw ready (set under m after main wrote data) */
#include <pthread.h>
int data; int ready; int out; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *cons(void *a) {
  for (int round = 0; round < 2; round++) {
    if (round == 1) { out = data; break; }
    pthread_mutex_lock(&m);
    while (!ready) pthread_cond_wait(&c, &m);
    pthread_mutex_unlock(&m);
  }
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, cons, 0);
  data = 123;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  pthread_join(th, 0);
  return out;
}
