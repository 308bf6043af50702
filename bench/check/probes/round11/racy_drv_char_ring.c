// racy: the reader copies ring[tail] after dropping ring_lock; the writer may overwrite that slot under the lock concurrently.
#include <pthread.h>
#define RSZ 4
static pthread_mutex_t ring_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static int ring[RSZ];
static int head, tail, count;
static void *dev_write(void *a) {
  for (int i = 0; i < 8; i++) {
    pthread_mutex_lock(&ring_lock);
    while (count == RSZ) pthread_cond_wait(&not_full, &ring_lock);
    ring[head] = i;
    head = (head + 1) % RSZ;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&ring_lock);
  }
  return 0;
}
static void *dev_read(void *a) {
  long sum = 0;
  for (int i = 0; i < 8; i++) {
    pthread_mutex_lock(&ring_lock);
    while (count == 0) pthread_cond_wait(&not_empty, &ring_lock);
    int t = tail;
    tail = (tail + 1) % RSZ;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&ring_lock);
    sum += ring[t];
  }
  return (void *)sum;
}
int main(void) {
  pthread_t w, r;
  pthread_create(&w, 0, dev_write, 0);
  pthread_create(&r, 0, dev_read, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return count;
}
