/* TRUTH: race-free. six distinct goto targets, all below their gotos; x is only touched under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, sel;
void *t(void *p) {
  pthread_mutex_lock(&m);
  int s = sel;
  if (s == 1) goto L1;
  if (s == 2) goto L2;
  if (s == 3) goto L3;
  if (s == 4) goto L4;
  if (s == 5) goto L5;
  if (s == 6) goto L6;
  x += 7;
L1:
  x += 1;
L2:
  x += 2;
L3:
  x += 3;
L4:
  x += 4;
L5:
  x += 5;
L6:
  x += 6;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(int argc, char **argv) {
  pthread_t a, b;
  sel = argc;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
