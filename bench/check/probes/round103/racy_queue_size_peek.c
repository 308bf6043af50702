/* TRUTH: racy — the monitor thread reads q_count without the lock while the producer writes it under the lock */
#include <pthread.h>
#define CAP 4

int q[CAP];
int q_count;
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;

void *producer(void *arg) {
  for (int i = 0; i < CAP; i++) {
    pthread_mutex_lock(&qm);
    q[q_count] = i;
    q_count++;
    pthread_mutex_unlock(&qm);
  }
  return 0;
}

void *monitor(void *arg) {
  int seen = q_count;
  return (void *)(long)seen;
}

int main(void) {
  pthread_t p, m;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&m, 0, monitor, 0);
  pthread_join(p, 0);
  pthread_join(m, 0);
  return 0;
}
