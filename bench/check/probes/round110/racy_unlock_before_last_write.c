/* TRUTH: racy — the enqueue unlocks the queue mutex before storing the item count's companion 'tail' index */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int items[64];
int count, tail;

static void *enqueuer(void *arg) {
  int base = (int)(long)arg;
  for (int i = 0; i < 20; i++) {
    pthread_mutex_lock(&m);
    int pos = count++;
    items[pos] = base + i;
    pthread_mutex_unlock(&m);
    usleep(20);
    tail = pos;
  }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, enqueuer, (void *)0L);
  pthread_create(&b, NULL, enqueuer, (void *)100L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d %d\n", count, tail);
  return 0;
}
