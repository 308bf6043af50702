/* TRUTH: racy — JOIN macro expands to nothing when DEBUG_JOIN undefined; main writes g racing with worker */
#include <pthread.h>
#ifdef DEBUG_JOIN
#define JOIN(t) pthread_join(t, 0)
#else
#define JOIN(t) ((void)(t))
#endif
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  JOIN(t);
  g = 2;
  return g;
}
