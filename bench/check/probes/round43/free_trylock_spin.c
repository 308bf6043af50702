/* TRUTH: free — each thread spins until pthread_mutex_trylock(&m) succeeds, then writes owner under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int owner;
void *w(void *a) {
  while (pthread_mutex_trylock(&m) != 0) { }
  owner = (int)(long)a;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return owner;
}
