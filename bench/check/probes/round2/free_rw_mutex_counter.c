/* TRUTH: free. Classic readers-writers: readcount under mutex rc_m; the first reader
   takes (sem) wrt, the last gives it back; the writer holds wrt while writing. Readers
   only read shared_data. */
#include <pthread.h>
#include <semaphore.h>
int shared_data, readcount;
pthread_mutex_t rc_m = PTHREAD_MUTEX_INITIALIZER;
sem_t wrt;
void *reader(void *arg) {
  pthread_mutex_lock(&rc_m); readcount++; if (readcount == 1) sem_wait(&wrt); pthread_mutex_unlock(&rc_m);
  int v = shared_data;
  pthread_mutex_lock(&rc_m); readcount--; if (readcount == 0) sem_post(&wrt); pthread_mutex_unlock(&rc_m);
  return (void *)(long)v;
}
void *writer(void *arg) { sem_wait(&wrt); shared_data++; sem_post(&wrt); return NULL; }
int main(void) {
  pthread_t r1, r2, w;
  sem_init(&wrt, 0, 1);
  pthread_create(&r1, NULL, reader, NULL);
  pthread_create(&r2, NULL, reader, NULL);
  pthread_create(&w, NULL, writer, NULL);
  pthread_join(r1, NULL); pthread_join(r2, NULL); pthread_join(w, NULL);
  return shared_data;
}
