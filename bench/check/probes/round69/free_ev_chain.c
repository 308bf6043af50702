/* TRUTH: free — the condition (x > 2 > 1) == 0 (with int x = 3;) is true on every run, so the thread exits before g = 1 */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) {
  int x = 3;
  if ((x > 2 > 1) == 0) pthread_exit(0);
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
