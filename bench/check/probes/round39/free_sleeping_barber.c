/* TRUTH: free — sleeping barber with CHAIRS >= customers: `waiting` is read/written only under mutex m; `haircuts` only by the barber and read by main after join; `served[id]` each customer's own element. Semaphores only hand off. */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#define CUST 2
#define CHAIRS 3
void reach_error(void) { abort(); }
sem_t customers, barber_ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int waiting;
int haircuts;
int served[CUST];
static void *barber(void *arg) {
  (void)arg;
  for (int i = 0; i < CUST; i++) {
    sem_wait(&customers);
    pthread_mutex_lock(&m);
    waiting--;
    pthread_mutex_unlock(&m);
    sem_post(&barber_ready);
    haircuts++;
  }
  return NULL;
}
static void *customer(void *arg) {
  int id = (int)(long)arg;
  pthread_mutex_lock(&m);
  if (waiting < CHAIRS) {
    waiting++;
    pthread_mutex_unlock(&m);
    sem_post(&customers);
    sem_wait(&barber_ready);
    served[id] = 1;
  } else {
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
int main(void) {
  pthread_t b, c[CUST];
  sem_init(&customers, 0, 0);
  sem_init(&barber_ready, 0, 0);
  pthread_create(&b, NULL, barber, NULL);
  for (long i = 0; i < CUST; i++) pthread_create(&c[i], NULL, customer, (void *)i);
  for (int i = 0; i < CUST; i++) pthread_join(c[i], NULL);
  pthread_join(b, NULL);
  if (haircuts != CUST || served[0] + served[1] != CUST) reach_error();
  return 0;
}
