/* TRUTH: racy — reset() writes total without taking the semaphore that guards it in add() */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int total;
void *add(void *a)
{
  sem_wait(&s);
  total += 5;
  sem_post(&s);
  return 0;
}
void *reset(void *a)
{
  total = 0;
  return 0;
}
int main(void)
{
  pthread_t x, y;
  sem_init(&s, 0, 1);
  pthread_create(&x, 0, add, 0);
  pthread_create(&y, 0, reset, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return total;
}
