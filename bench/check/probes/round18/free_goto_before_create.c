/* TRUTH: race-free. main writes x at L before creating t, on both paths */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  if (argc > 2)
    goto L;
  x = 3;
L:
  x = 2;
  pthread_create(&th, 0, t, 0);
  pthread_join(th, 0);
  return 0;
}
