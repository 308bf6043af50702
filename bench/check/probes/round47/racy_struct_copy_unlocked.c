/* TRUTH: racy — the monitor copies the whole struct pos without the lock while the mover updates pos.x/pos.y under the lock */
#include <pthread.h>
struct point { int x, y; } pos;
pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
void *mover(void *a) {
  int i;
  for (i = 0; i < 3; i++) {
    pthread_mutex_lock(&pm);
    pos.x++;
    pos.y++;
    pthread_mutex_unlock(&pm);
  }
  return 0;
}
void *monitor(void *a) {
  struct point snap = pos; /* unlocked copy */
  return (void *)(long)(snap.x - snap.y);
}
int main(void) {
  pthread_t m, n;
  pthread_create(&m, 0, mover, 0);
  pthread_create(&n, 0, monitor, 0);
  pthread_join(m, 0);
  pthread_join(n, 0);
  return 0;
}
