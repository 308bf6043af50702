/* TRUTH: racy — producer publishes ready=1 (and signals) before writing payload.len, so consumer's read races */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct msg { int len; int code; } payload;
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void *producer(void *arg) {
  (void)arg;
  payload.code = 7;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  usleep(1000);
  payload.len = 5;
  return NULL;
}

static void *consumer(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  printf("%d %d\n", payload.len, payload.code);
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
