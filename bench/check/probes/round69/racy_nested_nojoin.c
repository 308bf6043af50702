/* TRUTH: racy — b does not join a, so main's write after joining b races with a's write */
#include <pthread.h>
#include <stdio.h>
int g;
pthread_t ta;
void *a(void *p) { g = 1; return 0; }
void *b(void *p) { return 0; }
int main(void) {
  pthread_t tb;
  pthread_create(&ta, 0, a, 0);
  pthread_create(&tb, 0, b, 0);
  pthread_join(tb, 0);
  g = 2;
  pthread_join(ta, 0);
  printf("%d\n", g);
  return 0;
}
