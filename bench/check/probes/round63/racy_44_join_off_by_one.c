/* TRUTH: racy — the join loop stops at NT-1, so thread NT-1 may still be writing sq[NT-1] when main reads it */
#include <pthread.h>
#define NT 8
static int sq[NT];
static void *f(void *p) { int i = (int)(long)p; sq[i] = i * i; return 0; }
int main(void) {
  pthread_t h[NT];
  for (int i = 0; i < NT; i++) pthread_create(&h[i], NULL, f, (void *)(long)i);
  for (int i = 0; i < NT - 1; i++) pthread_join(h[i], NULL);
  int s = 0;
  for (int i = 0; i < NT; i++) s += sq[i];
  return s;
}
