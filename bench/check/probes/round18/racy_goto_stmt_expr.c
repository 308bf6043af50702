/* TRUTH: racy. the goto inside the statement expression skips the join; x = 2 at L runs while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  int v = ({ if (argc > 0) goto L; 3; });
  pthread_join(th, 0);
  return v;
L:
  x = 2;
  pthread_join(th, 0);
  return 0;
}
