/* TRUTH: free — classic readers/writers: readcount guarded by rc_mutex, shared data guarded by the wrt semaphore taken by the first reader / each writer */
#include <pthread.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
sem_t wrt;
pthread_mutex_t rc_mutex = PTHREAD_MUTEX_INITIALIZER;
int readcount;
int shared_data;

void *reader(void *arg)
{
  pthread_mutex_lock(&rc_mutex);
  readcount++;
  if (readcount == 1)
    sem_wait(&wrt);
  pthread_mutex_unlock(&rc_mutex);

  int v = shared_data;

  pthread_mutex_lock(&rc_mutex);
  readcount--;
  if (readcount == 0)
    sem_post(&wrt);
  pthread_mutex_unlock(&rc_mutex);
  return (void *)(long)v;
}

void *writer(void *arg)
{
  sem_wait(&wrt);
  shared_data = __VERIFIER_nondet_int();
  sem_post(&wrt);
  return NULL;
}

int main(void)
{
  pthread_t r1, r2, w1;
  sem_init(&wrt, 0, 1);
  pthread_create(&r1, 0, reader, 0);
  pthread_create(&w1, 0, writer, 0);
  pthread_create(&r2, 0, reader, 0);
  pthread_join(r1, 0);
  pthread_join(r2, 0);
  pthread_join(w1, 0);
  return 0;
}
