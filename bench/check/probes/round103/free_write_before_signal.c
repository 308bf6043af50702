/* TRUTH: free — the producer writes 'answer' before setting done under m; the consumer reads answer after observing done under m */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int done;
int answer;

void *producer(void *arg) {
  answer = 42;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}

void *consumer(void *arg) {
  pthread_mutex_lock(&m);
  while (!done)
    pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  return (void *)(long)answer;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
