/* TRUTH: racy. four pending gotos fill the table; the fifth (argc == 1) jumps to L5 past the join and writes x while t runs */
#include <pthread.h>
int x, y;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  if (argc == 11) goto L1;
  if (argc == 12) goto L2;
  if (argc == 13) goto L3;
  if (argc == 14) goto L4;
  if (argc == 1) goto L5;
  pthread_join(th, 0);
  y = 1;
  return 0;
L1:
  y = 2;
  pthread_join(th, 0);
  return 0;
L2:
  y = 3;
  pthread_join(th, 0);
  return 0;
L3:
  y = 4;
  pthread_join(th, 0);
  return 0;
L4:
  y = 5;
  pthread_join(th, 0);
  return 0;
L5:
  x = 2;
  pthread_join(th, 0);
  return 0;
}
