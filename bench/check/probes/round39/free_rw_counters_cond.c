/* TRUTH: free — readers-writers with counters under mutex m: a reader reads `data` only after incrementing `readers` while writing==0, the writer writes `data` only after seeing writing==0 && readers==0 and setting writing=1, all under m; each data access is ordered with the others through m (the decrement/reset under m after the access). */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int readers, writing;
int data;
static void *reader(void *arg) {
  int *seen = arg;
  pthread_mutex_lock(&m);
  while (writing) pthread_cond_wait(&cv, &m);
  readers++;
  pthread_mutex_unlock(&m);
  *seen = data;
  pthread_mutex_lock(&m);
  readers--;
  if (readers == 0) pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
static void *writer(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  while (writing || readers) pthread_cond_wait(&cv, &m);
  writing = 1;
  pthread_mutex_unlock(&m);
  data = data + 7;
  pthread_mutex_lock(&m);
  writing = 0;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t r1, r2, w;
  int s1 = -1, s2 = -1;
  pthread_create(&r1, NULL, reader, &s1);
  pthread_create(&w, NULL, writer, NULL);
  pthread_create(&r2, NULL, reader, &s2);
  pthread_join(r1, NULL);
  pthread_join(w, NULL);
  pthread_join(r2, NULL);
  if ((s1 != 0 && s1 != 7) || (s2 != 0 && s2 != 7) || data != 7) reach_error();
  return 0;
}
