/* TRUTH: racy — the consumer frees the slot (count--, signal) and unlocks one line too early, then reads `buf[o]` outside m; the producer, woken by not_full, writes `buf[tail]` into that same slot (CAP 2, 4 items wrap) under m while the consumer reads it. */
#include <pthread.h>
#include <stdlib.h>
#define CAP 2
void reach_error(void) { abort(); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
int buf[CAP];
int count, head, tail;
int consumed_sum;
static void *producer(void *arg) {
  (void)arg;
  for (int i = 1; i <= 4; i++) {
    pthread_mutex_lock(&m);
    while (count == CAP) pthread_cond_wait(&not_full, &m);
    buf[tail] = i;
    tail = (tail + 1) % CAP;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
static void *consumer(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) {
    pthread_mutex_lock(&m);
    while (count == 0) pthread_cond_wait(&not_empty, &m);
    int o = head;
    head = (head + 1) % CAP;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&m);
    int v = buf[o];
    consumed_sum += v;
  }
  return NULL;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  if (consumed_sum != 10) reach_error();
  return 0;
}
