/* TRUTH: free — ADDR g only takes g's address (no access); the thread stores into its local q; main writes g */
#include <pthread.h>
#include <stdio.h>
#define ADDR &
int g;
static void *t(void *a) { (void)a; int *q = ADDR g; return q; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  g = 1;
  pthread_join(h, 0);
  printf("%d\n", g);
  return 0;
}
