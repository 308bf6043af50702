/* TRUTH: free — the thread writes msg then sem_post; main sem_waits before reading msg, and writes it only after the join */
#include <pthread.h>
#include <semaphore.h>
static sem_t done;
static int msg;
static void *sender(void *a) { (void)a; msg = 7; sem_post(&done); return 0; }
int main(void) {
  pthread_t t;
  sem_init(&done, 0, 0);
  pthread_create(&t, 0, sender, 0);
  sem_wait(&done);
  int got = msg;
  pthread_join(t, 0);
  msg = 0;
  sem_destroy(&done);
  return got;
}
