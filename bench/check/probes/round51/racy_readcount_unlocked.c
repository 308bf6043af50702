/* TRUTH: racy — readers increment and decrement readcount without the mutex that guards it */
#include <pthread.h>
#include <semaphore.h>
sem_t wrt;
int readcount;
int shared;
void *reader(void *a)
{
  readcount++;
  if (readcount == 1)
    sem_wait(&wrt);
  int v = shared;
  readcount--;
  if (readcount == 0)
    sem_post(&wrt);
  return (void *)(long)v;
}
void *writer(void *a)
{
  sem_wait(&wrt);
  shared++;
  sem_post(&wrt);
  return 0;
}
int main(void)
{
  pthread_t r1, r2, w;
  sem_init(&wrt, 0, 1);
  pthread_create(&r1, 0, reader, 0);
  pthread_create(&r2, 0, reader, 0);
  pthread_create(&w, 0, writer, 0);
  pthread_join(r1, 0);
  pthread_join(r2, 0);
  pthread_join(w, 0);
  return 0;
}
