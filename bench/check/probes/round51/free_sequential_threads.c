/* TRUTH: free — the second thread is created only after the first one is joined, so their writes to g are ordered */
#include <pthread.h>
int g;
void *first(void *a) { g = 1; return 0; }
void *second(void *a) { g = g + 1; return 0; }
int main(void)
{
  pthread_t t;
  pthread_create(&t, 0, first, 0);
  pthread_join(t, 0);
  g = g * 10;
  pthread_create(&t, 0, second, 0);
  pthread_join(t, 0);
  return g != 11;
}
