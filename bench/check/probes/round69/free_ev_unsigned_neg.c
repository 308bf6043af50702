/* TRUTH: free — the condition n > 5 (with unsigned n = -1;) is true on every run, so the thread exits before g = 1 */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) {
  unsigned n = -1;
  if (n > 5) pthread_exit(0);
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
