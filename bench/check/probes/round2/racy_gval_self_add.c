/* TRUTH: racy. g = g + 5 makes g == 5; then t2 writes x while main writes x. (t1 is
   joined before t2 starts, so g itself does not race.) */
#include <pthread.h>
int g;
int x;
void *t1(void *arg) { g = g + 5; return NULL; }
void *t2(void *arg) { if (g == 5) x = 1; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_join(a, NULL);
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
