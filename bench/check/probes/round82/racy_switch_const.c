/* TRUTH: racy — mode is 1, so the thread writes g concurrently with main */
#include <pthread.h>
#include <stdio.h>
int mode = 1; int g, h;
void *t(void *a) { switch (mode) { case 1: g = 1; break; case 2: h = 1; break; } return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 5;
  pthread_join(th, 0); printf("%d %d\n", g, h); return 0;
}
