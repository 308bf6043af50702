/* TRUTH: free. Producer writes `big` outside the lock BEFORE setting `full` under it;
   consumer reads `big` after observing full==1 under the lock (unlock/lock orders it). */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int big[8], full;
void *producer(void *arg) {
  for (int i = 0; i < 8; i++) big[i] = i;
  pthread_mutex_lock(&m); full = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, producer, NULL);
  pthread_mutex_lock(&m);
  while (!full) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  int s = big[7];
  pthread_join(p, NULL);
  return s;
}
