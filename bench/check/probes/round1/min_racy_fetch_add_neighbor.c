/* TRUTH: racy. ids from fetch_add are distinct, but the thread with id 0 writes slot[1],
   which the thread with id 1 writes as slot[id]. */
#include <pthread.h>
int next_id, slot[3];
void *worker(void *arg) {
  int id = __sync_fetch_and_add(&next_id, 1);
  slot[id] = 1;
  slot[id + 1] = 0;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
