/* TRUTH: racy — join_all joins only th[0] (loop bound 1) so th[1] may still write total (line 5, under m) when main reads it without m (line 11). */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int total; pthread_t th[2];
void *w(void *a) {
  pthread_mutex_lock(&m); total += 3; pthread_mutex_unlock(&m); return 0; }
static void start_all(void) { for (int i = 0; i < 2; i++) pthread_create(&th[i], 0, w, 0); }
static void join_all(void) { for (int i = 0; i < 1; i++) pthread_join(th[i], 0); }
int main(void) {
  start_all();
  join_all();
  return total; }
