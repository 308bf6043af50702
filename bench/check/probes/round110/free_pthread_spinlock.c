/* TRUTH: free — every access to the shared ring index and slots is under the same pthread_spinlock_t */
#include <pthread.h>
#include <stdio.h>

pthread_spinlock_t sl;
int ring[8];
int head;

static void *writer(void *arg) {
  int v = (int)(long)arg;
  for (int i = 0; i < 100; i++) {
    pthread_spin_lock(&sl);
    ring[head] = v;
    head = (head + 1) % 8;
    pthread_spin_unlock(&sl);
  }
  return NULL;
}

int main(void) {
  pthread_t t[3];
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, writer, (void *)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  pthread_spin_destroy(&sl);
  printf("%d %d\n", head, ring[0]);
  return 0;
}
