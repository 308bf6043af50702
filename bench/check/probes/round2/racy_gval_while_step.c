/* TRUTH: racy. `while (g < 10) g += 4;` ends with g == 12; t2 writes x when g > 10,
   racing with main. */
#include <pthread.h>
int g;
int x;
void *t2(void *arg) { if (g > 10) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  while (g < 10) g += 4;
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
