/* TRUTH: free — producer writes payload before setting ready under m; consumer reads payload only after seeing ready under m */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, payload;
static void *producer(void *a) { (void)a; payload = 42; pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m); return 0; }
static void *consumer(void *a) { int v; (void)a; pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m); v = payload; return (void *)(long)v; }
int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0); pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return 0;
}
