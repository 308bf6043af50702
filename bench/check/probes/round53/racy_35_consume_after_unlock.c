/* TRUTH: racy — consumer reads buf[idx] after releasing m; producer may already be overwriting that slot (ring of size 1) */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_35_consume_after_unlock.c", 4, "reach_error"); }
#define ITEMS 3
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int buf[1];
int full;

void *producer(void *arg) {
  for (int i = 0; i < ITEMS; i++) {
    pthread_mutex_lock(&m);
    while (full) pthread_cond_wait(&cv, &m);
    buf[0] = i;
    full = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}

void *consumer(void *arg) {
  for (int i = 0; i < ITEMS; i++) {
    pthread_mutex_lock(&m);
    while (!full) pthread_cond_wait(&cv, &m);
    full = 0;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    int v = buf[0];
    if (v < 0) reach_error();
  }
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
