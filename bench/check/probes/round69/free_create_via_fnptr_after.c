/* TRUTH: free — the thread is started through cf (pthread_create) only after main's write */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  int (*cf)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *) = pthread_create;
  g = 2;
  cf(&t, 0, w, 0);
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
