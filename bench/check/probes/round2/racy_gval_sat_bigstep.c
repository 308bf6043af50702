/* TRUTH: racy. `if (g < 10) g += 7;` run twice gives 14 (the test bounds the old value,
   not the new); t2 writes x when g > 10, racing with main. */
#include <pthread.h>
int g;
int x;
void *t2(void *arg) { if (g > 10) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  if (g < 10) g += 7;
  if (g < 10) g += 7;
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
