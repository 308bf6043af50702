/* TRUTH: free — all NT threads created by the loop are joined by the second loop before main reads sq[] */
#include <pthread.h>
#define NT 8
static int sq[NT];
static void *f(void *p) { int i = (int)(long)p; sq[i] = i * i; return 0; }
int main(void) {
  pthread_t h[NT];
  int i;
  for (i = 0; i < NT; i++) pthread_create(&h[i], NULL, f, (void *)(long)i);
  for (i = 0; i < NT; i++) pthread_join(h[i], NULL);
  int s = 0;
  for (i = 0; i < NT; i++) s += sq[i];
  return s != 140;
}
