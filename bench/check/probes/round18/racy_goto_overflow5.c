/* TRUTH: racy. with argc==5 main jumps to L5 past the join while t runs, then writes x */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  if (argc == 1) goto L1;
  if (argc == 2) goto L2;
  if (argc == 3) goto L3;
  if (argc == 4) goto L4;
  pthread_create(&th, 0, t, 0);
  if (argc == 5) goto L5;
  pthread_join(th, 0);
L1:
L2:
L3:
L4:
L5:
  x = 2;
  return 0;
}
