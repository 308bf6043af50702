/* TRUTH: racy — the loop runs once and writes g concurrently with main */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { for (int i = 0; i < 1; i++) g += i; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 5;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
