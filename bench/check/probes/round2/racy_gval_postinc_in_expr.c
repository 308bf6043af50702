/* TRUTH: racy. `arr[g++] = 1` increments g (to 1) inside an expression; t2 writes x when
   g == 1, racing with main. */
#include <pthread.h>
int g;
int arr[4];
int x;
void *t2(void *arg) { if (g == 1) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  arr[g++] = 1;
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
