/* TRUTH: racy. while ((unsigned char)256) never iterates; x = 2 races with t (weft reads it as while (1)) */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  while ((unsigned char)256) {}
  x = 2;
  return 0;
}
