/* TRUTH: free — classic readers/writers: first reader takes 'wrt', last reader releases it (readcount under mtx); writer holds wrt */
#include <pthread.h>
#include <semaphore.h>

sem_t wrt;
pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
int readcount;
int data;

void *reader(void *arg) {
  pthread_mutex_lock(&mtx);
  readcount++;
  if (readcount == 1) sem_wait(&wrt);
  pthread_mutex_unlock(&mtx);
  int v = data;
  pthread_mutex_lock(&mtx);
  readcount--;
  if (readcount == 0) sem_post(&wrt);
  pthread_mutex_unlock(&mtx);
  return (void *)(long)v;
}

void *writer(void *arg) {
  sem_wait(&wrt);
  data = data + 1;
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
  return data;
}
