/* racy: the second barrier is missing, so v[id] = 0 races with the neighbour's phase-2 read of v[id] */
#include <pthread.h>
#define N 3
pthread_mutex_t bm = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t bc = PTHREAD_COND_INITIALIZER;
int arrived, gen;
int v[N], r[N];
static void bar(void) {
  pthread_mutex_lock(&bm);
  int g = gen;
  if (++arrived == N) { arrived = 0; gen++; pthread_cond_broadcast(&bc); }
  else while (g == gen) pthread_cond_wait(&bc, &bm);
  pthread_mutex_unlock(&bm);
}
void *w(void *p) {
  long id = (long)p;
  v[id] = (int)id + 1;
  bar();
  r[id] = v[(id + 2) % N];
  v[id] = 0;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return r[0];
}
