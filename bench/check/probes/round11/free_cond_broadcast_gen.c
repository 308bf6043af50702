// free: main publishes work items under m, bumps a generation and broadcasts; workers wait for the generation and read items under m.
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int generation;
int items[4];
int sum;
void *w(void *a) {
  pthread_mutex_lock(&m);
  while (generation == 0) pthread_cond_wait(&cv, &m);
  for (int i = 0; i < 4; i++) sum += items[i];
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, 0);
  pthread_mutex_lock(&m);
  for (int i = 0; i < 4; i++) items[i] = i + 1;
  generation++;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return sum;
}
