/* TRUTH: racy — the condition b == 5 (with int k = 5; _Bool b = k;) is false on every run, so the thread writes g concurrently with main */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) {
  int k = 5; _Bool b = k;
  if (b == 5) pthread_exit(0);
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
