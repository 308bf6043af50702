/* TRUTH: racy. argc > 0, so main jumps to L inside case 7 of the switch and writes x while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  if (argc > 0)
    goto L;
  switch (argc) {
  case 7:
    pthread_join(th, 0);
  L:
    x = 2;
    break;
  default:
    break;
  }
  return 0;
}
