/* TRUTH: racy — the result of trylock is not checked before owner is written; when trylock fails the write runs without m, concurrently with the other thread's write */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int owner;
void *w(void *a) {
  int r = pthread_mutex_trylock(&m);
  owner = (int)(long)a;
  if (r == 0) pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return owner;
}
