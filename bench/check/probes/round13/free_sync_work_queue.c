/* race-free: items are claimed by incrementing next under the mutex; each item index is processed by exactly one thread outside the lock */
#include <pthread.h>
#include <assert.h>
#define ITEMS 12
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
int next;
int work[ITEMS];
void *w(void *p) {
  (void)p;
  for (;;) {
    pthread_mutex_lock(&qm);
    int i = next;
    if (i < ITEMS) next++;
    pthread_mutex_unlock(&qm);
    if (i >= ITEMS) break;
    work[i] = work[i] * 2 + 1;
  }
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < ITEMS; i++) assert(work[i] == 1);
  return 0;
}
