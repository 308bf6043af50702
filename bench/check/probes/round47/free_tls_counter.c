/* TRUTH: free — local_count is __thread, so each thread has its own instance; shared total updated under lock */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

__thread int local_count;
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *thr(void *arg) {
  int i;
  for (i = 0; i < 4; i++)
    local_count++;
  pthread_mutex_lock(&m);
  total += local_count;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thr, 0);
  pthread_create(&b, 0, thr, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (total != 8) reach_error();
  return 0;
}
