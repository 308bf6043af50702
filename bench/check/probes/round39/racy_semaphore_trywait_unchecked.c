/* TRUTH: racy — sem_trywait's result is ignored: when the other teller holds the semaphore, trywait fails with EAGAIN and the teller still runs `accounts_open = accounts_open + 1`, racing with the holder's increment (its later sem_post over-counts too). */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static sem_t mutex;
static int accounts_open;
static void *teller(void *arg) {
  (void)arg;
  for (int i = 0; i < 3; i++) {
    sem_trywait(&mutex);
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
