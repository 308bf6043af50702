/* TRUTH: racy — join only under argc > 100 (never with normal invocation); main writes g racing with worker */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  if (argc > 100) pthread_join(t, 0);
  else g = 2;
  return 0;
}
