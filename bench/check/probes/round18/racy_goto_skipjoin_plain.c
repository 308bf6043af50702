/* TRUTH: racy. with argc > 0 the goto skips the join; x = 2 at out runs while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  if (argc > 0)
    goto out;
  pthread_join(th, 0);
out:
  x = 2;
  return 0;
}
