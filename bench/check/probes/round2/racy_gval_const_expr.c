/* TRUTH: racy. g = 2 + 1 stores 3 (a constant expression, not a literal); t2 then
   writes x, racing with main. */
#include <pthread.h>
int g;
int x;
int main(void);
void *t2(void *arg) { if (g == 3) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  g = 2 + 1;
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
