/* TRUTH: racy — dequeue is locked, but every worker adds into the shared grand_total with no lock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_24_workqueue_total_unlocked.c", 4, "reach_error"); }
#define ITEMS 6
#define WORKERS 2
int work[ITEMS] = {1, 2, 3, 4, 5, 6};
int next_idx;
int grand_total;
pthread_mutex_t q = PTHREAD_MUTEX_INITIALIZER;

void *worker(void *arg) {
  while (1) {
    pthread_mutex_lock(&q);
    int i = next_idx < ITEMS ? next_idx++ : -1;
    pthread_mutex_unlock(&q);
    if (i < 0) break;
    grand_total += work[i];
  }
  return NULL;
}

int main(void) {
  pthread_t w[WORKERS];
  for (int i = 0; i < WORKERS; i++) pthread_create(&w[i], NULL, worker, NULL);
  for (int i = 0; i < WORKERS; i++) pthread_join(w[i], NULL);
  if (grand_total > 21) reach_error();
  return 0;
}
