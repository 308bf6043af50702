/* TRUTH: racy — the closer waits once but posts twice, leaving the semaphore at 2: afterwards both tellers can be between sem_wait and sem_post at once, and their `accounts_open = accounts_open + 1` race. */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static sem_t mutex;
static int accounts_open;
static void *teller(void *arg) {
  (void)arg;
  sem_wait(&mutex);
  accounts_open = accounts_open + 1;
  sem_post(&mutex);
  return NULL;
}
static void *closer(void *arg) {
  (void)arg;
  sem_wait(&mutex);
  accounts_open = 0;
  sem_post(&mutex);
  sem_post(&mutex);
  return NULL;
}
int main(void) {
  pthread_t a, b, c;
  sem_init(&mutex, 0, 1);
  pthread_create(&c, NULL, closer, NULL);
  pthread_create(&a, NULL, teller, NULL);
  pthread_create(&b, NULL, teller, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  pthread_join(c, NULL);
  if (accounts_open > 2) reach_error();
  return 0;
}
