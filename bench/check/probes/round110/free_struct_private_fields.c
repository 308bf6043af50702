/* TRUTH: free — in the shared session struct, 'hits' is lock-protected; 'rx' is written only by the reader thread and 'tx' only by the writer thread until joined */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
struct session { long rx; long tx; int hits; } sess;

static void *rx_thread(void *arg) {
  (void)arg;
  for (int i = 0; i < 100; i++) {
    sess.rx += 3;
    pthread_mutex_lock(&m); sess.hits++; pthread_mutex_unlock(&m);
  }
  return NULL;
}

static void *tx_thread(void *arg) {
  (void)arg;
  for (int i = 0; i < 100; i++) {
    sess.tx += 5;
    pthread_mutex_lock(&m); sess.hits++; pthread_mutex_unlock(&m);
  }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, rx_thread, NULL);
  pthread_create(&b, NULL, tx_thread, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%ld %ld %d\n", sess.rx, sess.tx, sess.hits);
  return 0;
}
