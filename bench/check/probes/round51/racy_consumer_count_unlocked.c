/* TRUTH: racy — the producer updates count under lock, but the consumer decrements count without holding lock */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
#define SIZE 3
int buf[SIZE];
int count;
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void *producer(void *a)
{
  for (int i = 0; i < 4; i++) {
    pthread_mutex_lock(&lock);
    if (count < SIZE) {
      buf[count] = __VERIFIER_nondet_int();
      count++;
    }
    pthread_mutex_unlock(&lock);
  }
  return 0;
}

void *consumer(void *a)
{
  for (int i = 0; i < 4; i++) {
    pthread_mutex_lock(&lock);
    int have = count > 0;
    pthread_mutex_unlock(&lock);
    if (have)
      count--;
    if (count < 0)
      reach_error();
  }
  return 0;
}

int main(void)
{
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
