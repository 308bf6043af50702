/* TRUTH: racy. case 1 starts t and jumps to L, where main writes x while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  switch (argc) {
  case 1:
    pthread_create(&th, 0, t, 0);
    goto L;
  default:
    break;
  }
  return 0;
L:
  x = 2;
  pthread_join(th, 0);
  return 0;
}
