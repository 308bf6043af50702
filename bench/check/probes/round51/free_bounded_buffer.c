/* TRUTH: free — buffer, in, out and count are only accessed while holding lock; producer/consumer use condvars */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
#define SIZE 4
#define ITEMS 6
int buffer[SIZE];
int in, out, count;
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;

void *producer(void *arg)
{
  for (int i = 0; i < ITEMS; i++) {
    int v = __VERIFIER_nondet_int();
    pthread_mutex_lock(&lock);
    while (count == SIZE)
      pthread_cond_wait(&not_full, &lock);
    buffer[in] = v;
    in = (in + 1) % SIZE;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&lock);
  }
  return NULL;
}

void *consumer(void *arg)
{
  int sum = 0;
  for (int i = 0; i < ITEMS; i++) {
    pthread_mutex_lock(&lock);
    while (count == 0)
      pthread_cond_wait(&not_empty, &lock);
    sum += buffer[out];
    out = (out + 1) % SIZE;
    count--;
    if (count < 0)
      reach_error();
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&lock);
  }
  return (void *)(long)sum;
}

int main(void)
{
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
