/* race-free: detached thread only touches its own heap block, main never touches it after handing it off */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
void *bg(void *p) {
  int *blk = p;
  for (int i = 0; i < 4; i++) blk[i] = i;
  free(blk);
  return NULL;
}
int main(void) {
  pthread_t t;
  int *blk = malloc(4 * sizeof(int));
  if (!blk) return 1;
  blk[0] = 9;
  pthread_create(&t, NULL, bg, blk);
  pthread_detach(t);
  usleep(1000);
  return 0;
}
