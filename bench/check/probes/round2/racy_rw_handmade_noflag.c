/* TRUTH: racy. Hand-made rwlock where the writer waits for readers == 0 but never sets a
   writing flag: two writers can write data at once. */
#include <pthread.h>
int data, readers;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *writer(void *arg) {
  pthread_mutex_lock(&m); while (readers > 0) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m);
  data = data + 1;
  return NULL;
}
int main(void) {
  pthread_t w1, w2;
  pthread_create(&w1, NULL, writer, NULL);
  pthread_create(&w2, NULL, writer, NULL);
  pthread_join(w1, NULL); pthread_join(w2, NULL);
  return data;
}
