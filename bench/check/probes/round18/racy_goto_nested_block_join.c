/* TRUTH: racy. the goto jumps over the join into a nested block and writes x while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  if (argc < 100)
    goto L;
  {
    {
      pthread_join(th, 0);
    L:
      x = 2;
    }
  }
  return 0;
}
