/* TRUTH: racy — E(++g) both stringizes and evaluates ++g; the thread's increment races main's write */
#include <pthread.h>
#include <stdio.h>
int g;
#define E(x) (puts(#x), x)
static void *t(void *a) { (void)a; E(++g); return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  g = 5;
  pthread_join(h, 0);
  printf("%d\n", g);
  return 0;
}
