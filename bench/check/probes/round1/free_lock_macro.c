/* TRUTH: free. Locking via macros and a do/while(0) critical-section macro. */
#include <pthread.h>
static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER;
#define LOCK() pthread_mutex_lock(&big)
#define UNLOCK() pthread_mutex_unlock(&big)
#define CRIT(stmt) do { LOCK(); stmt; UNLOCK(); } while (0)
static int queue_len;
void *worker(void *arg) { for (int i = 0; i < 3; i++) CRIT(queue_len++); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  CRIT(queue_len = 0);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return queue_len;
}
