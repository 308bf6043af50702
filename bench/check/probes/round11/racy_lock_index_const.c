// racy: thread a locks locks[0], thread b locks locks[1], both increment total.
#include <pthread.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int total;
void *wa(void *arg) { pthread_mutex_lock(&locks[0]); total++; pthread_mutex_unlock(&locks[0]); return 0; }
void *wb(void *arg) { pthread_mutex_lock(&locks[1]); total++; pthread_mutex_unlock(&locks[1]); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return total;
}
