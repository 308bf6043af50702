/* TRUTH: racy — readers-preference RW scheme, but the writer forgets sem_wait(&wrt) on its 'quick update' path, writing db while readers read */
#include <pthread.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t rc = PTHREAD_MUTEX_INITIALIZER;
sem_t wrt;
int readcount;
int db;

void *reader(void *arg) {
  int v;
  pthread_mutex_lock(&rc);
  if (++readcount == 1) sem_wait(&wrt);
  pthread_mutex_unlock(&rc);
  v = db;
  pthread_mutex_lock(&rc);
  if (--readcount == 0) sem_post(&wrt);
  pthread_mutex_unlock(&rc);
  return (void *)(long)v;
}

void *writer(void *arg) {
  if (__VERIFIER_nondet_int()) {
    db = 1; /* quick update without wrt */
    return 0;
  }
  sem_wait(&wrt);
  db = 2;
  sem_post(&wrt);
  return 0;
}

int main(void) {
  pthread_t r1, r2, w;
  sem_init(&wrt, 0, 1);
  pthread_create(&r1, 0, reader, 0);
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r2, 0, reader, 0);
  pthread_join(r1, 0);
  pthread_join(w, 0);
  pthread_join(r2, 0);
  return 0;
}
