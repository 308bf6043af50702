/* TRUTH: racy. g becomes 3 by an unconditional `g += 3` in t1; t2 (started after t1 is
   joined) then writes x, racing with main's write of x. */
#include <pthread.h>
int g;
int x;
void *t1(void *arg) { g += 3; return NULL; }
void *t2(void *arg) { if (g == 3) x = 1; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_join(a, NULL);
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
