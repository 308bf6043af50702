/* TRUTH: free — main's trylock cannot fail (no other thread exists yet); main holds m from before creating t until after its write, and t takes m before its write */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) {
  pthread_mutex_lock(&m);
  g = 1;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t;
  if (pthread_mutex_trylock(&m) != 0) abort();
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
