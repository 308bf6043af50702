/* racy: next is read under the mutex but incremented after the unlock, so two threads may claim the same item (and race on next) */
#include <pthread.h>
#define ITEMS 12
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
int next;
int work[ITEMS];
void *w(void *p) {
  (void)p;
  for (;;) {
    pthread_mutex_lock(&qm);
    int i = next;
    pthread_mutex_unlock(&qm);
    if (i >= ITEMS) break;
    next = i + 1;
    work[i] = work[i] * 2 + 1;
  }
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return work[0];
}
