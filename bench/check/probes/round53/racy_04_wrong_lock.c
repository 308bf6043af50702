/* TRUTH: racy — producer guards queue_len with lock_a, consumer with lock_b; different locks give no exclusion */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_04_wrong_lock.c", 4, "reach_error"); }
pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
int queue_len;

void *producer(void *arg) {
  pthread_mutex_lock(&lock_a);
  queue_len++;
  pthread_mutex_unlock(&lock_a);
  return NULL;
}

void *consumer(void *arg) {
  pthread_mutex_lock(&lock_b);
  if (queue_len > 0) queue_len--;
  pthread_mutex_unlock(&lock_b);
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  if (queue_len < 0) reach_error();
  return 0;
}
