/* TRUTH: racy. goto enters the loop at L; on the second iteration x = 2 runs while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  int i = argc + 1;
  pthread_create(&th, 0, t, 0);
  goto L;
  while (i > 0) {
    x = 2;
  L:
    i--;
  }
  pthread_join(th, 0);
  return 0;
}
