/* racy: the branch is inverted: x is written when trylock FAILED (nonzero), i.e. while the other thread holds m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, hits[2];
void *w(void *p) {
  long id = (long)p;
  for (int i = 0; i < 10; i++) {
    if (pthread_mutex_trylock(&m)) { x++; }
    else { hits[id]++; x--; pthread_mutex_unlock(&m); }
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
