/* TRUTH: racy. the thread started on the goto path runs while main writes x at L */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  if (argc > 0) {
    pthread_create(&th, 0, t, 0);
    goto L;
  }
  return 0;
L:
  x = 2;
  pthread_join(th, 0);
  return 0;
}
