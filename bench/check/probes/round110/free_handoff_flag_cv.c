/* TRUTH: free — payload written before lock+flag+signal; consumer waits for flag under the same mutex, then reads payload */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct msg { int len; char text[32]; } payload;
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void *producer(void *arg) {
  (void)arg;
  strcpy(payload.text, "hello");
  payload.len = 5;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}

static void *consumer(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  printf("%d %s\n", payload.len, payload.text);
  payload.len = 0;
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
