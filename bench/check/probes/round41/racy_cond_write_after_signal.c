/* TRUTH: racy — consumer reads item (line 10) after waiting, but producer writes item (line 7) AFTER signalling and unlocking, so the read can see it concurrently. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int ready; int item; int got;
void *prod(void *a) {
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  item = 7; return 0; }
void *cons(void *a) {
  pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&c, &m); pthread_mutex_unlock(&m);
  got = item; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, prod, 0); pthread_create(&q, 0, cons, 0); pthread_join(p, 0); pthread_join(q, 0); return got; }
