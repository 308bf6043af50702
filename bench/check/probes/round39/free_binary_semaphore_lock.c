/* TRUTH: free — a semaphore initialized to 1 used as a lock: every access to `accounts_open` is between sem_wait and sem_post of the same thread (POSIX: they synchronize memory). */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static sem_t mutex;
static int accounts_open;
static void *teller(void *arg) {
  (void)arg;
  for (int i = 0; i < 3; i++) {
    sem_wait(&mutex);
    accounts_open = accounts_open + 1;
    sem_post(&mutex);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  sem_init(&mutex, 0, 1);
  pthread_create(&a, NULL, teller, NULL);
  pthread_create(&b, NULL, teller, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (accounts_open != 6) reach_error();
  return 0;
}
