/* TRUTH: free. Hand-made rwlock (mutex + cond, readers count, writer flag). Readers read
   data and writer writes data outside the mutex, but the protocol excludes them. */
#include <pthread.h>
int data, readers, writing;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *reader(void *arg) {
  pthread_mutex_lock(&m); while (writing) pthread_cond_wait(&cv, &m); readers++; pthread_mutex_unlock(&m);
  int v = data;
  pthread_mutex_lock(&m); readers--; if (readers == 0) pthread_cond_broadcast(&cv); pthread_mutex_unlock(&m);
  return (void *)(long)v;
}
void *writer(void *arg) {
  pthread_mutex_lock(&m); while (writing || readers > 0) pthread_cond_wait(&cv, &m); writing = 1; pthread_mutex_unlock(&m);
  data = data + 1;
  pthread_mutex_lock(&m); writing = 0; pthread_cond_broadcast(&cv); pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t r, w1, w2;
  pthread_create(&r, NULL, reader, NULL);
  pthread_create(&w1, NULL, writer, NULL);
  pthread_create(&w2, NULL, writer, NULL);
  pthread_join(r, NULL); pthread_join(w1, NULL); pthread_join(w2, NULL);
  return data;
}
