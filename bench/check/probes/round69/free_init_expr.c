/* TRUTH: free — g is always 14, never 20 (only initializer, no store) */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g = 2 + 3 * 4;
int x;
void *w(void *a) {
  if (g == 20) x = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  x = 2;
  pthread_join(t, 0);
  printf("%d\n", x);
  return 0;
}
