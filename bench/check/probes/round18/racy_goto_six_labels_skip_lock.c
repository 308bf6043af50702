/* TRUTH: racy. sel is 6, so each t jumps to L6 past the lock; x += 6 then runs unlocked in both threads */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, sel;
void *t(void *p) {
  int s = sel;
  if (s == 1) goto L1;
  if (s == 2) goto L2;
  if (s == 3) goto L3;
  if (s == 4) goto L4;
  if (s == 6) goto L6;
  pthread_mutex_lock(&m);
L1:
L2:
L3:
L4:
  x += 4;
  pthread_mutex_unlock(&m);
  return 0;
L6:
  x += 6;
  return 0;
}
int main(int argc, char **argv) {
  pthread_t a, b;
  sel = 6;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
