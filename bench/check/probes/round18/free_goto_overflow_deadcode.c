/* TRUTH: race-free. x = 1 in main follows an unconditional goto and no label precedes it: it never runs; only t writes x */
#include <pthread.h>
int x, y;
void *t(void *a) { x = 5; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  if (argc == 11) goto L1;
  if (argc == 12) goto L2;
  if (argc == 13) goto L3;
  if (argc == 14) goto L4;
  goto L5;
  x = 1;
L1:
  y = 1;
L2:
  y = 2;
L3:
  y = 3;
L4:
  y = 4;
L5:
  pthread_join(th, 0);
  return 0;
}
